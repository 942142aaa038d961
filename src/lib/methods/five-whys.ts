import { defineMethod } from './template';

/** Five whys: ask "why?" until a visible symptom leads to a cause the team can act on. */
export const fiveWhys = defineMethod({
	id: 'five-whys',
	stage: 'definisi',
	minutes: 20,
	groupSize: [3, 6],
	text: {
		id: {
			name: '5 Mengapa',
			summary: 'Tanyakan "mengapa?" berulang kali sampai gejala yang terlihat mengarah ke akar masalah yang bisa ditangani.',
			purpose:
				'Mencegah tim memperbaiki gejala. Dengan menelusuri sebab demi sebab, tim menemukan akar masalah yang berada dalam jangkauan kewenangannya.',
			whenToUse:
				'Ketika tim sudah punya satu masalah yang jelas dari lapangan (misalnya antrean panjang atau berkas ditolak) dan ingin tahu mengapa itu terjadi sebelum merumuskan pernyataan masalah.',
			steps: [
				'Tulis masalah yang terlihat sekonkret mungkin, lengkap dengan data bila ada.',
				'Tanyakan "Mengapa ini terjadi?" dan tulis jawabannya pada catatan berikutnya.',
				'Ulangi pertanyaan untuk jawaban terakhir, hingga sekitar lima kali atau sampai jawabannya menjadi sesuatu yang bisa diubah tim.',
				'Jika satu "mengapa" punya beberapa jawaban, buat cabang dan telusuri yang paling kuat buktinya.',
				'Periksa setiap langkah dengan bukti dari wawancara, data, atau pengamatan.',
				'Tuliskan akar masalah dan siapa yang berwenang mengubahnya.'
			],
			materials: ['Data layanan (waktu tunggu, jumlah pengaduan, berkas ditolak)', 'Catatan wawancara', 'Templat rantai mengapa di papan'],
			tips: [
				'Berhenti ketika jawabannya berada di luar kendali siapa pun ("karena cuaca"): kembali satu langkah dan cari cabang lain.',
				'Jaga agar jawaban menyalahkan proses, bukan orang. "Petugas malas" bukan akar masalah.',
				'Lima hanyalah angka patokan; kadang tiga sudah cukup, kadang perlu tujuh.'
			],
			example:
				'Masalah: 30% permohonan izin mendirikan bangunan di sebuah kabupaten ditolak pada pemeriksaan pertama. Mengapa? Gambar teknis tidak lengkap. Mengapa? Pemohon tidak tahu standar gambar. Mengapa? Standarnya hanya ada di peraturan bupati yang sulit dibaca. Mengapa? Tidak pernah dibuat panduan bergambar. Akar masalah yang bisa ditangani tim: panduan dan contoh gambar yang mudah dipahami pemohon.'
		},
		en: {
			name: 'Five Whys',
			summary: 'Ask "why?" repeatedly until a visible symptom leads to a root cause the team can act on.',
			purpose:
				'To stop the team from fixing symptoms. Tracing cause after cause, the team finds a root cause within its own authority.',
			whenToUse:
				'When the team has one clear problem from the field (long queues, rejected applications) and wants to know why it happens before writing the problem statement.',
			steps: [
				'Write the visible problem as concretely as possible, with data if you have it.',
				'Ask "Why does this happen?" and write the answer on the next note.',
				'Repeat the question for the latest answer, about five times or until the answer is something the team can change.',
				'If one "why" has several answers, branch and follow the one with the strongest evidence.',
				'Check each step against evidence from interviews, data or observation.',
				'Write down the root cause and who has the authority to change it.'
			],
			materials: ['Service data (waiting times, complaints, rejected applications)', 'Interview notes', 'The why-chain template on the board'],
			tips: [
				'Stop when the answer is outside anyone\'s control ("because of the weather"): go back one step and look for another branch.',
				'Keep answers about processes, not people. "Lazy officers" is not a root cause.',
				'Five is a rule of thumb; sometimes three is enough, sometimes seven are needed.'
			],
			example:
				'Problem: 30% of building-permit applications in a regency are rejected at first review. Why? Technical drawings are incomplete. Why? Applicants do not know the drawing standard. Why? It only exists in a hard-to-read regent regulation. Why? No illustrated guide was ever made. Root cause the team can address: an easy guide with example drawings for applicants.'
		}
	},
	board: {
		instructions: {
			id: 'Tulis satu jawaban per catatan, dari kiri ke kanan. Setiap jawaban menjadi pertanyaan "mengapa" berikutnya.',
			en: 'One answer per note, left to right. Each answer becomes the next "why".'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 560,
				color: 'red',
				title: { id: 'Masalah yang terlihat', en: 'The visible problem' },
				prompt: { id: 'Apa yang terjadi, seberapa sering, dan apa datanya?', en: 'What happens, how often, and what is the data?' },
				noteColor: 'red',
				notes: [{ text: { id: '30% permohonan izin bangunan ditolak pada pemeriksaan pertama', en: '30% of building permits rejected at first review' } }]
			},
			{
				x: 680,
				y: 0,
				w: 1012,
				h: 560,
				color: 'orange',
				title: { id: 'Rantai mengapa', en: 'The chain of whys' },
				prompt: { id: 'Mengapa? → Mengapa? → Mengapa? … Tulis buktinya di bawah setiap jawaban.', en: 'Why? → Why? → Why? … Note the evidence under each answer.' },
				noteColor: 'orange',
				notes: [
					{ text: { id: '1. Gambar teknis tidak lengkap', en: '1. Technical drawings are incomplete' } },
					{ text: { id: '2. Pemohon tidak tahu standar gambar', en: '2. Applicants do not know the standard' } },
					{ text: { id: '3. Standar hanya ada di perbup yang sulit dibaca', en: '3. It is only in a hard-to-read regulation' } },
					{ text: { id: '4. Tidak pernah dibuat panduan bergambar', en: '4. No illustrated guide was ever made' } }
				]
			},
			{
				x: 1752,
				y: 0,
				w: 620,
				h: 560,
				color: 'green',
				title: { id: 'Akar masalah dan pemiliknya', en: 'Root cause and its owner' },
				prompt: { id: 'Sebab yang bisa diubah tim, dan siapa yang berwenang mengubahnya.', en: 'The cause the team can change, and who has the authority to change it.' },
				noteColor: 'green',
				notes: [
					{ text: { id: 'Belum ada panduan gambar yang mudah dipahami pemohon', en: 'No easy drawing guide for applicants' } },
					{ text: { id: 'Pemilik: Bidang Tata Bangunan DPUPR', en: 'Owner: building division of the public works office' } }
				]
			}
		]
	}
});
