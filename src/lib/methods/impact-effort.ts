import { defineMethod } from './template';

/** Impact–effort matrix: sort ideas by how much they help and how hard they are, to choose where to start. */
export const impactEffort = defineMethod({
	id: 'impact-effort',
	stage: 'ideasi',
	minutes: 20,
	groupSize: [3, 10],
	text: {
		id: {
			name: 'Matriks Dampak–Upaya 2×2',
			summary: 'Tempatkan ide pada matriks dampak dan upaya untuk memilih yang paling layak dikerjakan lebih dulu.',
			purpose:
				'Membantu tim memilih secara terbuka dan beralasan: ide mana yang memberi manfaat terbesar bagi pengguna dengan sumber daya, waktu, dan kewenangan yang tersedia.',
			whenToUse: 'Setelah curah gagasan dan pengelompokan, ketika tim perlu memutuskan ide mana yang akan dibuat purwarupanya.',
			steps: [
				'Sepakati arti "dampak" (misalnya waktu tunggu warga berkurang) dan "upaya" (biaya, waktu, izin, dan orang yang dibutuhkan).',
				'Pilih 8–15 ide atau tema dari sesi sebelumnya dan tempelkan di bingkai "Ide yang dinilai".',
				'Bahas ide satu per satu dan tempatkan pada salah satu dari empat kuadran.',
				'Untuk setiap penempatan yang diperdebatkan, tanyakan bukti: siapa yang terbantu, dan apa yang dibutuhkan?',
				'Pilih satu atau dua ide dari kuadran "Menang cepat", ditambah paling banyak satu "Proyek besar" yang sepadan.',
				'Catat alasan pilihan; alasan ini berguna saat meminta dukungan pimpinan.'
			],
			materials: ['Ide atau tema hasil pengelompokan', 'Templat matriks 2×2 di papan', 'Kriteria dampak dan upaya yang disepakati'],
			tips: [
				'Nilai dampak dari sudut pandang pengguna layanan, bukan dari kemudahan bagi kantor.',
				'Upaya mencakup hal yang sering terlupa: perubahan regulasi, koordinasi lintas instansi, dan pelatihan petugas.',
				'Waspadai ide yang langsung masuk "Menang cepat" tanpa diskusi; periksa apakah dampaknya benar-benar terasa.'
			],
			example:
				'Tim Samsat menilai 12 ide untuk mempercepat perpanjangan STNK. Pengingat pajak lewat SMS masuk "Menang cepat"; integrasi dengan data kepolisian masuk "Proyek besar"; kios mandiri di setiap kecamatan masuk "Hindari" karena mahal dan jarang dipakai di wilayah itu. Tim memulai dengan pengingat SMS sambil menyiapkan integrasi data.'
		},
		en: {
			name: 'Impact–Effort 2×2 Matrix',
			summary: 'Place ideas on an impact and effort matrix to choose which to work on first.',
			purpose:
				'To help the team choose openly and with reasons: which ideas give users the most benefit for the resources, time and authority available.',
			whenToUse: 'After brainstorming and clustering, when the team must decide which idea to prototype.',
			steps: [
				'Agree what "impact" means (for example shorter waiting for citizens) and what "effort" means (cost, time, permissions and people needed).',
				'Pick 8–15 ideas or themes from the previous session and place them in the "Ideas to assess" frame.',
				'Discuss the ideas one by one and place each in one of the four quadrants.',
				'For each disputed placement, ask for evidence: who is helped, and what does it take?',
				'Choose one or two ideas from "Quick wins", plus at most one worthwhile "Big project".',
				'Record why you chose them; the reasons help when asking leaders for support.'
			],
			materials: ['Ideas or themes from clustering', 'The 2×2 matrix template on the board', 'Agreed impact and effort criteria'],
			tips: [
				"Judge impact from the service user's point of view, not by what is convenient for the office.",
				'Effort includes what is often forgotten: regulation changes, cross-agency coordination and staff training.',
				'Be wary of ideas that land in "Quick wins" without discussion; check the impact is real.'
			],
			example:
				'A vehicle registration office team assessed 12 ideas to speed up vehicle tax renewal. SMS tax reminders were a "Quick win"; integrating police data was a "Big project"; self-service kiosks in every sub-district landed in "Avoid" because they are costly and rarely used there. The team started with SMS reminders while preparing the data integration.'
		}
	},
	board: {
		instructions: {
			id: 'Sepakati arti dampak dan upaya, lalu pindahkan setiap ide ke salah satu kuadran.',
			en: 'Agree what impact and effort mean, then move each idea into a quadrant.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 420,
				h: 1180,
				color: 'grey',
				title: { id: 'Ide yang dinilai', en: 'Ideas to assess' },
				prompt: { id: 'Tempel 8–15 ide di sini sebelum ditempatkan.', en: 'Put 8–15 ideas here before placing them.' },
				noteColor: 'yellow',
				notes: [
					{ text: { id: 'Pengingat pajak lewat SMS', en: 'SMS tax reminders' } },
					{ text: { id: 'Integrasi data dengan kepolisian', en: 'Integrate police data' } }
				]
			},
			{
				x: 480,
				y: 0,
				w: 760,
				h: 560,
				color: 'green',
				title: { id: 'Menang cepat', en: 'Quick wins' },
				prompt: { id: 'Dampak tinggi, upaya rendah: kerjakan lebih dulu.', en: 'High impact, low effort: do these first.' },
				noteColor: 'green',
				notes: [{ text: { id: 'Pengingat pajak lewat SMS', en: 'SMS tax reminders' } }]
			},
			{
				x: 1300,
				y: 0,
				w: 760,
				h: 560,
				color: 'blue',
				title: { id: 'Proyek besar', en: 'Big projects' },
				prompt: { id: 'Dampak tinggi, upaya tinggi: rencanakan dan carikan dukungan.', en: 'High impact, high effort: plan them and find support.' },
				noteColor: 'blue',
				notes: [{ text: { id: 'Integrasi data dengan kepolisian', en: 'Integrate police data' } }]
			},
			{
				x: 480,
				y: 620,
				w: 760,
				h: 560,
				color: 'yellow',
				title: { id: 'Isi waktu', en: 'Fill-ins' },
				prompt: { id: 'Dampak rendah, upaya rendah: kerjakan bila ada waktu luang.', en: 'Low impact, low effort: do them when there is spare time.' },
				noteColor: 'yellow',
				notes: [{ text: { id: 'Papan petunjuk alur di loket', en: 'Signage of the steps at the counter' } }]
			},
			{
				x: 1300,
				y: 620,
				w: 760,
				h: 560,
				color: 'red',
				title: { id: 'Hindari', en: 'Avoid' },
				prompt: { id: 'Dampak rendah, upaya tinggi: tunda atau tinggalkan.', en: 'Low impact, high effort: postpone or drop.' },
				noteColor: 'red',
				notes: [{ text: { id: 'Kios mandiri di setiap kecamatan', en: 'Self-service kiosks in every sub-district' } }]
			}
		]
	}
});
