import { defineMethod } from './template';

/** Interview notes: listen to one person's real experience and capture it without interpreting too early. */
export const interviewNotes = defineMethod({
	id: 'interview-notes',
	stage: 'empati',
	minutes: 45,
	groupSize: [2, 3],
	text: {
		id: {
			name: 'Catatan Wawancara',
			summary: 'Dengarkan pengalaman nyata satu orang dan catat kutipan, pengamatan, serta kejutannya sebelum menafsirkan.',
			purpose:
				'Memahami pengalaman pengguna layanan dari sudut pandang mereka sendiri: apa yang mereka lakukan, rasakan, dan butuhkan, termasuk hal yang tidak pernah muncul di laporan atau survei kepuasan.',
			whenToUse:
				'Setelah peta pemangku kepentingan menunjukkan siapa yang perlu didengar, dan sebelum tim merumuskan masalah. Satu wawancara berlangsung 30–45 menit.',
			steps: [
				'Bagi peran: satu orang bertanya, satu orang mencatat, satu orang mengamati (bila bertiga).',
				'Siapkan 5–7 pertanyaan terbuka yang meminta cerita, misalnya "Ceritakan saat terakhir Bapak/Ibu mengurus…".',
				'Buka dengan perkenalan, tujuan wawancara, dan izin mencatat. Jelaskan bahwa tidak ada jawaban benar atau salah.',
				'Gali cerita dengan "Mengapa?", "Lalu apa yang terjadi?", dan "Bisa beri contoh?". Hindari pertanyaan yang menggiring.',
				'Pencatat menulis satu hal per catatan tempel: kutipan langsung apa adanya, pengamatan (yang dilihat, bukan tafsiran), dan kejutan.',
				'Dalam 10 menit setelah wawancara, tim membaca ulang catatan dan menandai tiga temuan terpenting.'
			],
			materials: ['Daftar pertanyaan pembuka', 'Formulir persetujuan wawancara', 'Templat catatan di papan', 'Perekam suara bila diizinkan'],
			tips: [
				'Minta peserta berlatih wawancara berpasangan selama 5 menit sebelum turun ke lapangan.',
				'Ingatkan bahwa diam sejenak itu baik: orang sering menambahkan hal penting setelah jeda.',
				'Tulis kutipan dengan kata-kata narasumber sendiri, termasuk bahasa daerah atau istilah sehari-hari mereka.',
				'Jaga kerahasiaan: jangan tulis nama lengkap, NIK, atau alamat di papan.'
			],
			example:
				'Tim puskesmas mewawancarai seorang ibu yang membawa anaknya imunisasi. Kutipan "Saya sudah tiga kali datang, vaksinnya habis terus" dan pengamatan bahwa jadwal hanya ditempel di papan pengumuman puskesmas memunculkan kejutan: para ibu mengandalkan grup WhatsApp kader posyandu, bukan situs dinas kesehatan.'
		},
		en: {
			name: 'Interview Notes',
			summary: "Listen to one person's real experience and capture quotes, observations and surprises before interpreting.",
			purpose:
				'To understand the experience of service users in their own terms: what they do, feel and need, including what never appears in reports or satisfaction surveys.',
			whenToUse:
				'After the stakeholder map shows whom to listen to, and before the team frames the problem. One interview takes 30–45 minutes.',
			steps: [
				'Split roles: one person asks, one takes notes, one observes (if there are three).',
				'Prepare 5–7 open questions that invite stories, such as "Tell me about the last time you applied for…".',
				'Open with introductions, the purpose of the interview and consent to take notes. Explain there are no right or wrong answers.',
				'Dig into the story with "Why?", "What happened next?" and "Can you give an example?". Avoid leading questions.',
				'The note-taker writes one thing per sticky note: direct quotes word for word, observations (what you saw, not what you think it means) and surprises.',
				'Within 10 minutes of the interview, the team rereads the notes and marks the three most important findings.'
			],
			materials: ['Opening questions', 'Interview consent form', 'The note template on the board', 'A voice recorder if allowed'],
			tips: [
				'Have participants practise interviewing in pairs for 5 minutes before going into the field.',
				'Remind them that a short silence is good: people often add something important after a pause.',
				"Write quotes in the interviewee's own words, including regional language or everyday terms.",
				'Protect privacy: never put full names, ID numbers or addresses on the board.'
			],
			example:
				'A community health centre team interviewed a mother bringing her child for immunisation. The quote "This is my third visit, the vaccine keeps running out" and the observation that the schedule was only posted on the centre\'s notice board led to a surprise: mothers rely on the WhatsApp group of the local health volunteers, not the health office website.'
		}
	},
	board: {
		instructions: {
			id: 'Satu hal per catatan. Kutipan ditulis apa adanya; pengamatan ditulis tanpa tafsiran.',
			en: 'One thing per note. Quotes word for word; observations without interpretation.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 560,
				color: 'grey',
				title: { id: 'Narasumber dan pertanyaan pembuka', en: 'Interviewee and opening questions' },
				prompt: { id: 'Siapa narasumbernya (peran, bukan nama)? Pertanyaan apa yang membuka cerita?', en: 'Who is the interviewee (role, not name)? Which questions open the story?' },
				noteColor: 'white',
				notes: [
					{ text: { id: 'Ibu dua anak, pedagang pasar, tinggal 8 km dari puskesmas', en: 'Mother of two, market trader, lives 8 km from the health centre' } },
					{ text: { id: 'Ceritakan saat terakhir Ibu membawa anak imunisasi.', en: 'Tell me about the last time your child was immunised.' } }
				]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 560,
				color: 'orange',
				title: { id: 'Kutipan langsung', en: 'Direct quotes' },
				prompt: { id: 'Apa yang dikatakan narasumber, dengan kata-katanya sendiri?', en: 'What did the interviewee say, in their own words?' },
				noteColor: 'orange',
				notes: [
					{ text: { id: '"Saya sudah tiga kali datang, vaksinnya habis terus."', en: '"This is my third visit, the vaccine keeps running out."' } },
					{ text: { id: '"Kalau tutup jam 12, saya harus tutup lapak."', en: '"If it closes at noon, I have to close my stall."' } }
				]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 560,
				color: 'blue',
				title: { id: 'Pengamatan', en: 'Observations' },
				prompt: { id: 'Apa yang Anda lihat atau dengar langsung (bukan tafsiran)?', en: 'What did you see or hear first-hand (not your interpretation)?' },
				noteColor: 'blue',
				notes: [
					{ text: { id: 'Jadwal hanya ditempel di papan pengumuman puskesmas', en: "The schedule is only posted on the centre's notice board" } },
					{ text: { id: 'Antre 40 menit sambil menggendong bayi', en: 'Waited 40 minutes holding the baby' } }
				]
			},
			{
				x: 0,
				y: 620,
				w: 960,
				h: 380,
				color: 'violet',
				title: { id: 'Kejutan dan kontradiksi', en: 'Surprises and contradictions' },
				prompt: { id: 'Apa yang berbeda dari dugaan tim? Di mana ucapan dan tindakan tidak sejalan?', en: "What differed from the team's assumptions? Where did words and actions not match?" },
				noteColor: 'violet',
				notes: [
					{ text: { id: 'Info jadwal datang dari grup WhatsApp kader, bukan situs dinas', en: "Schedule news comes from the volunteers' WhatsApp group, not the website" } }
				]
			},
			{
				x: 1020,
				y: 620,
				w: 960,
				h: 380,
				color: 'green',
				title: { id: 'Tiga temuan terpenting dan pertanyaan lanjutan', en: 'Top three findings and follow-up questions' },
				prompt: { id: 'Apa yang paling penting untuk tantangan kita? Apa yang masih perlu ditanyakan?', en: 'What matters most for our challenge? What do we still need to ask?' },
				noteColor: 'green',
				notes: [{ text: { id: 'Bagaimana kader tahu stok vaksin hari itu?', en: 'How do volunteers know the day\'s vaccine stock?' } }]
			}
		]
	}
});
