import { defineMethod } from './template';

/** Persona: a realistic portrait of one user type, grounded in interviews, to design for. */
export const persona = defineMethod({
	id: 'persona',
	stage: 'definisi',
	minutes: 30,
	groupSize: [3, 6],
	text: {
		id: {
			name: 'Persona',
			summary: 'Susun potret realistis satu jenis pengguna berdasarkan wawancara, sebagai orang yang dirancangkan solusinya.',
			purpose:
				'Memberi tim satu sosok bersama untuk dirancangkan solusinya, sehingga diskusi berpindah dari "masyarakat pada umumnya" ke kebutuhan orang yang nyata dan spesifik.',
			whenToUse:
				'Setelah peta empati selesai, ketika tim mulai merumuskan masalah dan perlu menyepakati untuk siapa solusinya dibuat.',
			steps: [
				'Kumpulkan peta empati dan catatan wawancara pengguna dengan kebutuhan serupa.',
				'Beri persona nama, usia, pekerjaan, tempat tinggal, dan situasi yang relevan dengan layanan.',
				'Tulis tujuan utamanya saat berurusan dengan layanan, dan frustrasi terbesarnya.',
				'Catat kebiasaan dan saluran informasi yang ia pakai: WhatsApp, tetangga, ketua RT, media sosial.',
				'Pilih satu kutipan nyata dari wawancara yang paling mewakili persona.',
				'Periksa ulang: apakah setiap isian didukung bukti dari lapangan? Hapus yang hanya dugaan.'
			],
			materials: ['Peta empati', 'Catatan wawancara', 'Templat persona di papan'],
			tips: [
				'Persona adalah ringkasan temuan, bukan karangan. Setiap ciri harus bisa ditelusuri ke wawancara.',
				'Hindari stereotip; persona yang "terlalu sempurna" biasanya tidak berguna.',
				'Dua atau tiga persona cukup untuk satu tantangan; lebih dari itu membuat tim kehilangan fokus.'
			],
			example:
				'Tim BPJS Ketenagakerjaan cabang menyusun persona "Pak Darto, 52 tahun, pengemudi ojek daring di Semarang". Tujuannya: ikut jaminan kecelakaan kerja tanpa meninggalkan jam sibuk. Frustrasinya: pendaftaran meminta dokumen yang tidak ia punya. Ia mendapat informasi dari grup komunitas pengemudi. Persona ini mengarahkan tim ke pendaftaran kolektif melalui komunitas.'
		},
		en: {
			name: 'Persona',
			summary: 'Build a realistic portrait of one kind of user from interviews, as the person the solution is designed for.',
			purpose:
				'To give the team one shared person to design for, moving the conversation from "the public in general" to the needs of a real, specific person.',
			whenToUse: 'After the empathy map, when the team starts to define the problem and needs to agree whom the solution is for.',
			steps: [
				'Gather the empathy maps and interview notes of users with similar needs.',
				'Give the persona a name, age, job, place of residence and the situation relevant to the service.',
				'Write their main goal when dealing with the service, and their biggest frustration.',
				'Note the habits and information channels they use: WhatsApp, neighbours, the neighbourhood head, social media.',
				'Choose one real quote from the interviews that best represents the persona.',
				'Check again: is every detail backed by field evidence? Remove what is only assumed.'
			],
			materials: ['Empathy maps', 'Interview notes', 'The persona template on the board'],
			tips: [
				'A persona summarises findings; it is not fiction. Every trait must trace back to an interview.',
				'Avoid stereotypes; a persona that is "too perfect" is usually useless.',
				'Two or three personas are enough for one challenge; more makes the team lose focus.'
			],
			example:
				'A branch of the workers\' social security agency built the persona "Pak Darto, 52, ride-hailing driver in Semarang". His goal: get work-accident cover without losing peak hours. His frustration: registration asks for documents he does not have. He gets information from his drivers\' community group. The persona pointed the team towards collective registration through driver communities.'
		}
	},
	board: {
		instructions: {
			id: 'Isi setiap bingkai dengan temuan lapangan. Setiap ciri harus bisa ditunjukkan buktinya.',
			en: 'Fill each frame with field findings. Every trait must have evidence behind it.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 560,
				color: 'grey',
				title: { id: 'Profil', en: 'Profile' },
				prompt: { id: 'Nama, usia, pekerjaan, tempat tinggal, situasi yang relevan.', en: 'Name, age, job, where they live, the relevant situation.' },
				noteColor: 'white',
				notes: [
					{ text: { id: 'Pak Darto, 52 tahun, pengemudi ojek daring', en: 'Pak Darto, 52, ride-hailing driver' } },
					{ text: { id: 'Tinggal di Semarang, tanggungan tiga orang', en: 'Lives in Semarang, supports three people' } }
				]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 560,
				color: 'green',
				title: { id: 'Tujuan', en: 'Goals' },
				prompt: { id: 'Apa yang ingin ia capai lewat layanan ini?', en: 'What do they want to achieve through this service?' },
				noteColor: 'green',
				notes: [
					{ text: { id: 'Terlindungi jika kecelakaan saat bekerja', en: 'Be covered if injured while working' } },
					{ text: { id: 'Mendaftar tanpa melewatkan jam ramai', en: 'Register without missing peak hours' } }
				]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 560,
				color: 'red',
				title: { id: 'Frustrasi', en: 'Frustrations' },
				prompt: { id: 'Apa yang membuatnya menyerah atau menunda?', en: 'What makes them give up or put it off?' },
				noteColor: 'red',
				notes: [
					{ text: { id: 'Diminta surat keterangan kerja yang tidak ia punya', en: 'Asked for an employment letter he does not have' } },
					{ text: { id: 'Tidak yakin manfaatnya sepadan dengan iuran', en: 'Unsure the benefit is worth the fee' } }
				]
			},
			{
				x: 0,
				y: 620,
				w: 960,
				h: 380,
				color: 'blue',
				title: { id: 'Kebiasaan dan saluran informasi', en: 'Habits and information channels' },
				prompt: { id: 'Di mana ia mencari informasi dan siapa yang ia percaya?', en: 'Where do they look for information and whom do they trust?' },
				noteColor: 'blue',
				notes: [
					{ text: { id: 'Grup WhatsApp komunitas pengemudi', en: "Drivers' community WhatsApp group" } },
					{ text: { id: 'Percaya pada ketua komunitas', en: 'Trusts the community leader' } }
				]
			},
			{
				x: 1020,
				y: 620,
				w: 960,
				h: 380,
				color: 'violet',
				title: { id: 'Kutipan khas', en: 'Typical quote' },
				prompt: { id: 'Satu kutipan nyata dari wawancara yang mewakili persona ini.', en: 'One real interview quote that captures this persona.' },
				noteColor: 'violet',
				notes: [{ text: { id: '"Kalau saya libur sehari, dapur tidak ngebul."', en: '"If I take a day off, there is no food on the table."' } }]
			}
		]
	}
});
