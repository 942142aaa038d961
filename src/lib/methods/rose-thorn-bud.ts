import { defineMethod } from './template';

/** Rose, thorn, bud: what worked, what hurt and what could grow, for a test or a workshop day. */
export const roseThornBud = defineMethod({
	id: 'rose-thorn-bud',
	stage: 'uji',
	minutes: 20,
	groupSize: [3, 12],
	text: {
		id: {
			name: 'Mawar, Duri, Tunas',
			summary: 'Refleksi cepat: apa yang berhasil (mawar), apa yang menyulitkan (duri), dan peluang apa yang bisa tumbuh (tunas).',
			purpose:
				'Mengumpulkan pembelajaran dari uji coba atau satu hari lokakarya dengan bahasa yang positif dan setara, sehingga semua orang berani menyebut masalah sekaligus peluang.',
			whenToUse:
				'Setelah menguji purwarupa, di akhir setiap hari lokakarya, atau ketika meninjau layanan yang sudah berjalan bersama petugas dan warga.',
			steps: [
				'Jelaskan tiga warna: merah muda untuk mawar (yang berhasil), merah untuk duri (yang menyulitkan), hijau untuk tunas (peluang).',
				'Selama 5 menit, setiap orang menulis sendiri-sendiri, satu hal per catatan.',
				'Bergiliran, setiap orang membacakan catatannya dan menempelkannya di bingkai yang sesuai.',
				'Kelompokkan catatan serupa di setiap bingkai.',
				'Pilih satu duri yang harus diatasi dan satu tunas yang layak dikembangkan, lalu tulis tindak lanjut dan penanggung jawabnya.'
			],
			materials: ['Catatan tempel tiga warna', 'Templat mawar, duri, tunas di papan', 'Timer'],
			tips: [
				'Mulai dari mawar agar suasana terbuka, tetapi pastikan duri tidak dilewati.',
				'Fasilitator ikut menulis terakhir, agar tidak mengarahkan pendapat peserta.',
				'Tunas yang baik spesifik: "coba jadwal sore untuk pekerja" lebih berguna daripada "tingkatkan layanan".'
			],
			example:
				'Setelah menguji layanan antar dokumen kependudukan ke rumah lansia, tim menulis mawar: "lansia tidak perlu antre lagi"; duri: "alamat di data sering tidak sesuai"; tunas: "libatkan ketua RT untuk memastikan alamat". Tindak lanjut yang dipilih: verifikasi alamat lewat ketua RT sebelum pengantaran, dengan penanggung jawab kasi pelayanan.'
		},
		en: {
			name: 'Rose, Thorn, Bud',
			summary: 'A quick reflection: what worked (rose), what hurt (thorn), and what could grow (bud).',
			purpose:
				'To gather lessons from a test or a workshop day in positive, equal terms, so that everyone dares to name problems as well as opportunities.',
			whenToUse: 'After testing a prototype, at the end of each workshop day, or when reviewing a running service with staff and citizens.',
			steps: [
				'Explain the three colors: pink for roses (what worked), red for thorns (what hurt), green for buds (opportunities).',
				'For 5 minutes, everyone writes alone, one thing per note.',
				'In turn, each person reads their notes aloud and places them in the right frame.',
				'Group similar notes within each frame.',
				'Choose one thorn to fix and one bud worth growing, and write the follow-up and who owns it.'
			],
			materials: ['Sticky notes in three colors', 'The rose, thorn, bud template on the board', 'A timer'],
			tips: [
				'Start with roses to open up the room, but make sure thorns are not skipped.',
				'The facilitator writes last, so as not to steer participants.',
				'Good buds are specific: "try an afternoon slot for workers" is more useful than "improve service".'
			],
			example:
				'After testing home delivery of civil-registry documents to elderly residents, the team wrote a rose: "older people no longer queue"; a thorn: "addresses in the data are often wrong"; a bud: "involve neighbourhood heads to confirm addresses". The follow-up chosen: address checks through neighbourhood heads before delivery, owned by the head of the service section.'
		}
	},
	board: {
		instructions: {
			id: 'Satu hal per catatan. Merah muda untuk mawar, merah untuk duri, hijau untuk tunas.',
			en: 'One thing per note. Pink for roses, red for thorns, green for buds.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 760,
				color: 'pink',
				title: { id: 'Mawar: yang berhasil', en: 'Rose: what worked' },
				prompt: { id: 'Apa yang berjalan baik dan perlu dipertahankan?', en: 'What went well and should be kept?' },
				noteColor: 'pink',
				notes: [{ text: { id: 'Lansia tidak perlu antre lagi', en: 'Older people no longer queue' } }]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 760,
				color: 'red',
				title: { id: 'Duri: yang menyulitkan', en: 'Thorn: what hurt' },
				prompt: { id: 'Apa yang menghambat, membingungkan, atau gagal?', en: 'What got in the way, confused people or failed?' },
				noteColor: 'red',
				notes: [{ text: { id: 'Alamat di data sering tidak sesuai', en: 'Addresses in the data are often wrong' } }]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 760,
				color: 'green',
				title: { id: 'Tunas: peluang', en: 'Bud: opportunities' },
				prompt: { id: 'Apa yang bisa tumbuh menjadi lebih baik?', en: 'What could grow into something better?' },
				noteColor: 'green',
				notes: [{ text: { id: 'Libatkan ketua RT untuk memastikan alamat', en: 'Ask local ward heads to confirm addresses' } }]
			},
			{
				x: 0,
				y: 820,
				w: 1980,
				h: 360,
				color: 'grey',
				title: { id: 'Tindak lanjut', en: 'Follow-up' },
				prompt: { id: 'Satu duri yang diatasi dan satu tunas yang dikembangkan: apa langkahnya dan siapa penanggung jawabnya?', en: 'One thorn to fix and one bud to grow: what is the step and who owns it?' },
				noteColor: 'white',
				notes: [{ text: { id: 'Verifikasi alamat lewat ketua RT sebelum pengantaran — kasi pelayanan', en: 'Ward heads verify addresses first — head of services' } }]
			}
		]
	}
});
