import { defineMethod } from './template';

/** Feedback capture grid: what users liked, criticised, asked and suggested while testing. */
export const feedbackCaptureGrid = defineMethod({
	id: 'feedback-capture-grid',
	stage: 'uji',
	minutes: 30,
	groupSize: [2, 8],
	text: {
		id: {
			name: 'Grid Tangkap Umpan Balik',
			summary: 'Catat tanggapan pengguna saat uji coba dalam empat kotak: yang disukai, kritik, pertanyaan, dan ide baru.',
			purpose:
				'Menangkap umpan balik secara teratur selama atau segera setelah uji coba, sehingga pujian, keluhan, kebingungan, dan usulan tidak bercampur dan mudah ditindaklanjuti.',
			whenToUse: 'Selama dan sesudah menguji purwarupa bersama pengguna, atau setelah presentasi ide kepada pimpinan dan pemangku kepentingan.',
			steps: [
				'Siapkan grid sebelum uji dan tentukan siapa yang mencatat.',
				'Selama pengguna mencoba purwarupa, pencatat menulis satu tanggapan per catatan tempel.',
				'Tempatkan setiap catatan: Suka (apa yang berhasil), Kritik (apa yang perlu diubah), Pertanyaan (apa yang membingungkan), Ide baru (usulan yang muncul).',
				'Setelah beberapa pengguna, cari pola: tanggapan apa yang muncul berulang kali?',
				'Pilih dua atau tiga perubahan untuk versi berikutnya dan tuliskan di bingkai tindak lanjut.'
			],
			materials: ['Purwarupa', 'Templat grid di papan', 'Catatan tempel empat warna'],
			tips: [
				'Catat kata-kata pengguna, bukan kesimpulan tim. "Tombolnya di mana?" lebih berguna daripada "navigasi buruk".',
				'Pertanyaan pengguna sering menunjukkan bagian yang tidak jelas; jangan langsung menjawabnya saat uji, catat dulu.',
				'Pisahkan sesi tanya jawab dari uji: biarkan pengguna mencoba sendiri sebelum tim menjelaskan.'
			],
			example:
				'Tim kelurahan menguji formulir surat keterangan domisili versi baru bersama delapan warga. Mereka menyukai contoh isian di setiap kolom; mengkritik tulisan yang terlalu kecil; bertanya apakah fotokopi KK masih perlu; dan mengusulkan agar formulir bisa diambil di posyandu. Tiga warga menanyakan hal yang sama tentang KK, sehingga syarat itu diperjelas di versi berikutnya.'
		},
		en: {
			name: 'Feedback Capture Grid',
			summary: 'Capture user reactions during a test in four boxes: likes, criticisms, questions and new ideas.',
			purpose:
				'To capture feedback in an orderly way during or right after a test, so praise, complaints, confusion and suggestions do not get mixed up and are easy to act on.',
			whenToUse: 'During and after testing a prototype with users, or after presenting an idea to leaders and stakeholders.',
			steps: [
				'Set up the grid before the test and decide who takes notes.',
				'While users try the prototype, the note-taker writes one reaction per sticky note.',
				'Place each note: Likes (what works), Criticisms (what should change), Questions (what confuses), New ideas (suggestions that come up).',
				'After several users, look for patterns: which reactions come up again and again?',
				'Choose two or three changes for the next version and write them in the follow-up frame.'
			],
			materials: ['The prototype', 'The grid template on the board', 'Sticky notes in four colors'],
			tips: [
				'Write the user\'s words, not the team\'s conclusions. "Where is the button?" is more useful than "bad navigation".',
				"Users' questions often point to unclear parts; do not answer them during the test, note them first.",
				'Keep Q&A separate from the test: let users try on their own before the team explains.'
			],
			example:
				'A village office team tested a new residence-certificate form with eight residents. They liked the example answers beside each field; criticised the small print; asked whether a copy of the family card was still needed; and suggested the form be available at the health post. Three residents asked the same question about the family card, so that requirement was clarified in the next version.'
		}
	},
	board: {
		instructions: {
			id: 'Satu tanggapan per catatan, dengan kata-kata pengguna. Cari yang muncul berulang.',
			en: "One reaction per note, in the user's words. Look for what comes up repeatedly."
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 820,
				h: 560,
				color: 'green',
				title: { id: 'Suka (+)', en: 'Likes (+)' },
				prompt: { id: 'Apa yang berhasil atau disukai pengguna?', en: 'What worked or did users like?' },
				noteColor: 'green',
				notes: [{ text: { id: 'Contoh isian di setiap kolom sangat membantu', en: 'The example answer beside each field helps a lot' } }]
			},
			{
				x: 880,
				y: 0,
				w: 820,
				h: 560,
				color: 'red',
				title: { id: 'Kritik (Δ)', en: 'Criticisms (Δ)' },
				prompt: { id: 'Apa yang perlu diubah atau diperbaiki?', en: 'What should change or be improved?' },
				noteColor: 'red',
				notes: [{ text: { id: '"Tulisannya terlalu kecil untuk saya."', en: '"The print is too small for me."' } }]
			},
			{
				x: 0,
				y: 620,
				w: 820,
				h: 560,
				color: 'blue',
				title: { id: 'Pertanyaan (?)', en: 'Questions (?)' },
				prompt: { id: 'Apa yang membingungkan atau ditanyakan pengguna?', en: 'What confused users, or what did they ask?' },
				noteColor: 'blue',
				notes: [{ text: { id: '"Fotokopi KK masih perlu atau tidak?"', en: '"Do I still need a copy of the family card?"' } }]
			},
			{
				x: 880,
				y: 620,
				w: 820,
				h: 560,
				color: 'yellow',
				title: { id: 'Ide baru (!)', en: 'New ideas (!)' },
				prompt: { id: 'Usulan yang muncul dari pengguna atau tim.', en: 'Suggestions from users or the team.' },
				noteColor: 'yellow',
				notes: [{ text: { id: 'Formulir bisa diambil di posyandu', en: 'Make the form available at the health post' } }]
			},
			{
				x: 1760,
				y: 0,
				w: 620,
				h: 1180,
				color: 'grey',
				title: { id: 'Tindak lanjut versi berikutnya', en: 'Follow-up for the next version' },
				prompt: { id: 'Dua atau tiga perubahan yang paling sering diminta.', en: 'The two or three most requested changes.' },
				noteColor: 'white',
				notes: [{ text: { id: 'Perjelas syarat KK di bagian atas formulir', en: 'Clarify the family-card requirement at the top of the form' } }]
			}
		]
	}
});
