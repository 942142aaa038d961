import { defineMethod } from './template';

/** How might we: turn the problem statement into open questions that invite many ideas. */
export const howMightWe = defineMethod({
	id: 'how-might-we',
	stage: 'definisi',
	minutes: 20,
	groupSize: [3, 8],
	text: {
		id: {
			name: 'Bagaimana Kita Bisa…? (How Might We)',
			summary: 'Ubah pernyataan masalah menjadi pertanyaan terbuka "Bagaimana kita bisa…?" yang mengundang banyak gagasan.',
			purpose:
				'Menjembatani tahap definisi dan ideasi. Pertanyaan yang dirumuskan dengan baik cukup sempit untuk memberi arah, tetapi cukup luas untuk memunculkan banyak solusi berbeda.',
			whenToUse: 'Tepat setelah pernyataan masalah disepakati, sebagai bahan curah gagasan atau Crazy 8s.',
			steps: [
				'Tempelkan pernyataan masalah di bingkai pertama.',
				'Setiap orang menulis sebanyak mungkin pertanyaan yang diawali "Bagaimana kita bisa…" selama 7 menit, satu per catatan.',
				'Gunakan pemicu: perbesar hal yang baik, hilangkan yang buruk, balikkan asumsi, ganti pelaku, atau pecah masalah menjadi bagian kecil.',
				'Bacakan semua pertanyaan dan kelompokkan yang serupa.',
				'Setiap orang memberi tiga suara pada pertanyaan yang paling menjanjikan.',
				'Pindahkan satu sampai tiga pertanyaan teratas ke bingkai "Terpilih untuk ideasi".'
			],
			materials: ['Pernyataan masalah', 'Templat HMW di papan', 'Voting titik (tiga suara per orang)'],
			tips: [
				'Pertanyaan yang menyebut solusi ("Bagaimana kita bisa membuat aplikasi…") terlalu sempit; hapus solusinya.',
				'Pertanyaan yang terlalu luas ("Bagaimana kita bisa menyejahterakan warga") tidak memberi arah; persempit ke satu pengguna dan satu momen.',
				'Ucapkan "kita" dengan sungguh-sungguh: pertanyaannya mengajak tim bertindak, bukan menunggu pihak lain.'
			],
			example:
				'Dari pernyataan masalah tentang ibu hamil di desa terpencil, tim menulis antara lain: "Bagaimana kita bisa membuat jadwal bidan diketahui sebelum ibu berangkat?", "Bagaimana kita bisa membawa pemeriksaan ke dekat rumah ibu?", dan "Bagaimana kita bisa menjadikan kader posyandu sumber jadwal yang dipercaya?". Pertanyaan terakhir dipilih untuk ideasi.'
		},
		en: {
			name: 'How Might We…?',
			summary: 'Turn the problem statement into open "How might we…?" questions that invite many ideas.',
			purpose:
				'To bridge definition and ideation. A well-framed question is narrow enough to give direction and broad enough to bring up many different solutions.',
			whenToUse: 'Right after the problem statement is agreed, as input for brainstorming or Crazy 8s.',
			steps: [
				'Put the problem statement in the first frame.',
				'For 7 minutes everyone writes as many questions starting with "How might we…" as they can, one per note.',
				'Use prompts: amplify the good, remove the bad, flip an assumption, change who acts, or break the problem into smaller parts.',
				'Read all questions aloud and group similar ones.',
				'Everyone gives three votes to the most promising questions.',
				'Move the top one to three questions into the "Chosen for ideation" frame.'
			],
			materials: ['The problem statement', 'The HMW template on the board', 'Dot voting (three votes each)'],
			tips: [
				'A question that names a solution ("How might we build an app…") is too narrow; remove the solution.',
				'A question that is too broad ("How might we make citizens prosperous") gives no direction; narrow it to one user and one moment.',
				'Mean the "we": the question invites the team to act, not to wait for someone else.'
			],
			example:
				'From the problem statement about pregnant women in remote villages, the team wrote, among others: "How might we make the midwife\'s schedule known before mothers set out?", "How might we bring check-ups closer to home?" and "How might we make health volunteers a trusted source of the schedule?". The last one was chosen for ideation.'
		}
	},
	board: {
		instructions: {
			id: 'Satu pertanyaan per catatan, diawali "Bagaimana kita bisa…". Pilih yang terbaik lewat voting.',
			en: 'One question per note, starting with "How might we…". Choose the best by voting.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 760,
				color: 'orange',
				title: { id: 'Pernyataan masalah', en: 'Problem statement' },
				prompt: { id: 'Tempel pernyataan masalah yang sudah disepakati.', en: 'Paste the agreed problem statement.' },
				noteColor: 'orange',
				notes: [
					{ text: { id: 'Ibu hamil di desa terpencil membutuhkan jadwal pemeriksaan yang pasti…', en: 'Pregnant women in remote villages need an exact check-up schedule…' } },
					{ text: { id: '…karena bidan bertugas bergantian di tiga desa.', en: '…because the midwife rotates between three villages.' } }
				]
			},
			{
				x: 680,
				y: 0,
				w: 1012,
				h: 760,
				color: 'yellow',
				title: { id: 'Bagaimana kita bisa…?', en: 'How might we…?' },
				prompt: { id: 'Tulis sebanyak mungkin dalam 7 menit. Perbesar yang baik, hilangkan yang buruk, balikkan asumsi.', en: 'Write as many as you can in 7 minutes. Amplify the good, remove the bad, flip assumptions.' },
				noteColor: 'yellow',
				notes: [
					{ text: { id: 'Bagaimana kita bisa membuat jadwal bidan diketahui sebelum ibu berangkat?', en: "How might we make the midwife's schedule known before mothers set out?" } },
					{ text: { id: 'Bagaimana kita bisa membawa pemeriksaan ke dekat rumah ibu?', en: 'How might we bring check-ups closer to home?' } },
					{ text: { id: 'Bagaimana kita bisa membuat kader posyandu sumber jadwal tepercaya?', en: 'How might we make health volunteers a trusted source of the schedule?' } }
				]
			},
			{
				x: 1752,
				y: 0,
				w: 620,
				h: 760,
				color: 'green',
				title: { id: 'Terpilih untuk ideasi', en: 'Chosen for ideation' },
				prompt: { id: 'Pindahkan 1–3 pertanyaan dengan suara terbanyak ke sini.', en: 'Move the 1–3 questions with the most votes here.' },
				noteColor: 'green'
			}
		]
	}
});
