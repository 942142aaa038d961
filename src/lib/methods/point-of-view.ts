import { defineMethod } from './template';

/** Point of view: a problem statement joining a user, a need and an insight. */
export const pointOfView = defineMethod({
	id: 'point-of-view',
	stage: 'definisi',
	minutes: 20,
	groupSize: [3, 6],
	text: {
		id: {
			name: 'Pernyataan Masalah (Point of View)',
			summary: 'Rumuskan masalah dalam satu kalimat: siapa penggunanya, apa kebutuhannya, dan wawasan apa yang mendasarinya.',
			purpose:
				'Menyepakati satu masalah yang akan dipecahkan tim, ditulis dari sudut pandang pengguna, sehingga ideasi berangkat dari kebutuhan nyata dan bukan dari solusi yang sudah terbayang.',
			whenToUse: 'Setelah persona dan peta perjalanan, sebelum menyusun pertanyaan "Bagaimana kita bisa…".',
			steps: [
				'Pilih pengguna dari persona: tulis secara spesifik, bukan "masyarakat".',
				'Tuliskan kebutuhannya sebagai kata kerja (misalnya "mengetahui", "menyelesaikan", "merasa aman"), bukan sebagai fitur atau aplikasi.',
				'Tuliskan wawasan: hal mengejutkan dari lapangan yang menjelaskan mengapa kebutuhan itu belum terpenuhi.',
				'Gabungkan menjadi kalimat: "[Pengguna] membutuhkan cara untuk [kebutuhan] karena [wawasan]."',
				'Buat dua atau tiga versi, bacakan, lalu pilih satu lewat voting.',
				'Uji kalimatnya: apakah membuka banyak kemungkinan solusi, dan apakah pengguna akan setuju jika membacanya?'
			],
			materials: ['Persona', 'Peta empati dan peta perjalanan', 'Templat pernyataan masalah di papan'],
			tips: [
				'Jika kalimat menyebut aplikasi, situs, atau kebijakan tertentu, itu solusi, bukan kebutuhan. Tulis ulang.',
				'Wawasan yang baik membuat orang berkata "oh, pantas saja"; wawasan yang lemah hanya mengulang kebutuhan.',
				'Terlalu luas ("meningkatkan pelayanan") dan terlalu sempit ("menambah satu loket") sama-sama menyulitkan ideasi.'
			],
			example:
				'"Ibu hamil di desa terpencil di Nusa Tenggara Timur membutuhkan cara untuk mengetahui jadwal pemeriksaan kehamilan yang pasti, karena mereka harus menempuh dua jam perjalanan dan sering mendapati bidan sedang bertugas di desa lain."'
		},
		en: {
			name: 'Problem Statement (Point of View)',
			summary: 'Frame the problem in one sentence: who the user is, what they need, and the insight behind it.',
			purpose:
				"To agree on one problem for the team to solve, written from the user's point of view, so ideation starts from a real need rather than a solution someone already has in mind.",
			whenToUse: 'After the persona and journey map, before writing "How might we…" questions.',
			steps: [
				'Pick the user from the persona: be specific, not "the public".',
				'Write their need as a verb ("know", "complete", "feel safe"), not as a feature or an app.',
				'Write the insight: the surprising field finding that explains why the need is not yet met.',
				'Combine them: "[User] needs a way to [need] because [insight]."',
				'Write two or three versions, read them aloud, and pick one by vote.',
				'Test the sentence: does it open many possible solutions, and would the user agree if they read it?'
			],
			materials: ['The persona', 'Empathy and journey maps', 'The problem statement template on the board'],
			tips: [
				'If the sentence names an app, a website or a specific policy, it is a solution, not a need. Rewrite it.',
				'A good insight makes people say "oh, no wonder"; a weak one only repeats the need.',
				'Too broad ("improve service") and too narrow ("add one counter") both make ideation hard.'
			],
			example:
				'"Pregnant women in remote villages of East Nusa Tenggara need a way to know the exact antenatal check-up schedule, because they travel two hours and often find the midwife on duty in another village."'
		}
	},
	board: {
		instructions: {
			id: 'Isi tiga bingkai atas, lalu gabungkan menjadi satu kalimat di bingkai bawah.',
			en: 'Fill the three top frames, then combine them into one sentence in the bottom frame.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 560,
				color: 'blue',
				title: { id: 'Pengguna', en: 'User' },
				prompt: { id: 'Siapa, secara spesifik? Ambil dari persona.', en: 'Who, specifically? Take it from the persona.' },
				noteColor: 'blue',
				notes: [{ text: { id: 'Ibu hamil di desa terpencil NTT', en: 'Pregnant women in remote villages of East Nusa Tenggara' } }]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 560,
				color: 'green',
				title: { id: 'Kebutuhan (kata kerja)', en: 'Need (a verb)' },
				prompt: { id: 'Apa yang perlu ia lakukan atau rasakan? Bukan fitur, bukan aplikasi.', en: 'What do they need to do or feel? Not a feature, not an app.' },
				noteColor: 'green',
				notes: [{ text: { id: 'Mengetahui jadwal pemeriksaan yang pasti', en: 'Know the exact check-up schedule' } }]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 560,
				color: 'violet',
				title: { id: 'Wawasan', en: 'Insight' },
				prompt: { id: 'Temuan lapangan yang menjelaskan mengapa kebutuhan itu belum terpenuhi.', en: 'The field finding that explains why the need is not met.' },
				noteColor: 'violet',
				notes: [{ text: { id: 'Bidan bertugas bergantian di tiga desa tanpa jadwal tertulis', en: 'The midwife rotates between three villages with no written schedule' } }]
			},
			{
				x: 0,
				y: 620,
				w: 1980,
				h: 380,
				color: 'orange',
				title: { id: 'Pernyataan masalah kami', en: 'Our problem statement' },
				prompt: { id: '[Pengguna] membutuhkan cara untuk [kebutuhan] karena [wawasan].', en: '[User] needs a way to [need] because [insight].' },
				noteColor: 'orange',
				notes: [
					{ text: { id: 'Versi 1: …', en: 'Version 1: …' } },
					{ text: { id: 'Versi 2: …', en: 'Version 2: …' } }
				]
			}
		]
	}
});
