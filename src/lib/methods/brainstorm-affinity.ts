import { defineMethod, type FrameSpec } from './template';

const CLUSTER_W = 620;
const clusters: FrameSpec[] = [
	{
		title: { id: 'Kelompok A', en: 'Cluster A' },
		notes: [
			{ id: 'Jadwal bidan di papan warung', en: "Midwife schedule on the shop's board" },
			{ id: 'Pengumuman di masjid dan gereja', en: 'Announced at mosques and churches' }
		]
	},
	{
		title: { id: 'Kelompok B', en: 'Cluster B' },
		notes: [{ id: 'Bidan keliling dengan motor dinas', en: 'Mobile midwife on a service motorbike' }]
	},
	{
		title: { id: 'Kelompok C', en: 'Cluster C' },
		notes: [{ id: 'Kader mencatat siapa yang perlu dijemput', en: 'Volunteers list who needs a ride' }]
	}
].map((cluster, i) => ({
	x: i * (CLUSTER_W + 60),
	y: 680,
	w: CLUSTER_W,
	h: 500,
	color: 'teal',
	title: cluster.title,
	prompt: { id: 'Beri nama kelompok ini dengan kalimat yang menjelaskan temanya.', en: 'Name this cluster with a phrase that says what its theme is.' },
	noteColor: 'yellow',
	notes: cluster.notes.map((text) => ({ text }))
}));

/** Brainstorm and affinity clustering: many ideas first, then themes that emerge from grouping them. */
export const brainstormAffinity = defineMethod({
	id: 'brainstorm-affinity',
	stage: 'ideasi',
	minutes: 40,
	groupSize: [3, 10],
	text: {
		id: {
			name: 'Curah Gagasan dan Pengelompokan Afinitas',
			summary: 'Kumpulkan sebanyak mungkin ide tanpa menilai, lalu kelompokkan yang mirip untuk menemukan tema.',
			purpose:
				'Menghasilkan jumlah ide yang besar dari seluruh tim, lalu menata ide-ide itu menjadi beberapa tema sehingga pilihan yang tersedia terlihat jelas dan mudah dibandingkan.',
			whenToUse: 'Setelah pertanyaan HMW dipilih, atau setelah Crazy 8s ketika ide sudah banyak dan perlu dirapikan.',
			steps: [
				'Tulis pertanyaan HMW di bagian atas dan sepakati aturan: tunda penilaian, kejar jumlah, satu ide per catatan, bangun di atas ide orang lain.',
				'Curah gagasan dalam mode senyap selama 8 menit: semua orang menulis sendiri-sendiri.',
				'Bacakan ide secara bergiliran dan tempelkan ke bingkai curah gagasan; ide baru yang muncul boleh langsung ditambahkan.',
				'Kelompokkan ide yang mirip tanpa berbicara selama 5 menit: siapa pun boleh memindahkan catatan siapa pun.',
				'Beri nama setiap kelompok dengan kalimat yang menjelaskan temanya, bukan satu kata.',
				'Tuliskan tema yang paling menjanjikan dan lanjutkan ke matriks dampak–upaya.'
			],
			materials: ['Pertanyaan HMW', 'Catatan tempel (banyak)', 'Timer', 'Templat bingkai kelompok di papan'],
			tips: [
				'Target jumlah membantu: minta minimal 50 ide dari satu tim sebelum mulai mengelompokkan.',
				'Mode senyap memberi ruang bagi peserta yang sungkan berbicara di depan atasan atau senior.',
				'Kelompok bernama "Lain-lain" biasanya berisi ide paling orisinal; periksa isinya sebelum dibuang.'
			],
			example:
				'Tim Dinas Kesehatan kabupaten mengumpulkan 64 ide untuk pemeriksaan kehamilan di desa terpencil. Pengelompokan memunculkan tiga tema: "informasi jadwal yang sampai ke ibu", "membawa layanan ke dekat rumah", dan "kader sebagai penghubung". Tema ketiga paling banyak didukung bukti wawancara dan dipilih untuk dikembangkan.'
		},
		en: {
			name: 'Brainstorm and Affinity Clustering',
			summary: 'Collect as many ideas as possible without judging, then group similar ones to find themes.',
			purpose:
				'To produce a large number of ideas from the whole team, then arrange them into a few themes so the available options are visible and easy to compare.',
			whenToUse: 'After an HMW question is chosen, or after Crazy 8s when there are many ideas to sort.',
			steps: [
				'Write the HMW question at the top and agree the rules: defer judgement, go for quantity, one idea per note, build on others.',
				'Brainstorm silently for 8 minutes: everyone writes alone.',
				'Take turns reading ideas aloud and placing them in the brainstorm frame; new ideas that come up can be added at once.',
				'Group similar ideas in silence for 5 minutes: anyone may move anyone\'s note.',
				'Name each cluster with a phrase that says what its theme is, not a single word.',
				'Write down the most promising themes and move on to the impact–effort matrix.'
			],
			materials: ['The HMW question', 'Plenty of sticky notes', 'A timer', 'The cluster frames template on the board'],
			tips: [
				'A target helps: ask for at least 50 ideas from one team before clustering.',
				'Silent mode gives room to participants who hesitate to speak in front of superiors or seniors.',
				'A cluster called "Other" often holds the most original ideas; look at it before discarding.'
			],
			example:
				'A regency health office team collected 64 ideas for antenatal care in remote villages. Clustering showed three themes: "schedule information that reaches mothers", "bringing the service closer to home" and "volunteers as the link". The third had the most interview evidence and was chosen.'
		}
	},
	board: {
		instructions: {
			id: 'Tunda penilaian dan kejar jumlah. Setelah itu, kelompokkan tanpa berbicara.',
			en: 'Defer judgement and go for quantity. Then cluster in silence.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 620,
				color: 'orange',
				title: { id: 'Pertanyaan dan aturan', en: 'Question and rules' },
				prompt: { id: 'Tunda penilaian · kejar jumlah · satu ide per catatan · bangun di atas ide orang lain.', en: 'Defer judgement · go for quantity · one idea per note · build on others.' },
				noteColor: 'orange',
				notes: [
					{ text: { id: 'Bagaimana kita bisa membuat kader posyandu sumber jadwal tepercaya?', en: 'How might we make health volunteers a trusted source of the schedule?' } },
					{ text: { id: 'Target: 50 ide', en: 'Target: 50 ideas' } }
				]
			},
			{
				x: 680,
				y: 0,
				w: 1300,
				h: 620,
				color: 'yellow',
				title: { id: 'Curah gagasan', en: 'Brainstorm' },
				prompt: { id: 'Semua ide, tanpa dinilai. Satu ide per catatan.', en: 'Every idea, unjudged. One idea per note.' },
				noteColor: 'yellow',
				notes: [
					{ text: { id: 'Kader mengirim pengingat lewat WhatsApp', en: 'Volunteers send WhatsApp reminders' } },
					{ text: { id: 'Jadwal bidan dicetak di buku KIA', en: 'Midwife schedule printed in the health book' } },
					{ text: { id: 'Ojek desa gratis untuk ibu hamil', en: 'Free village motorbike taxi for pregnant women' } }
				]
			},
			...clusters
		]
	}
});
