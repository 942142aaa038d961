import { defineMethod } from './template';

/** Empathy map: what one user says, thinks, does and feels, and what hurts and helps them. */
export const empathyMap = defineMethod({
	id: 'empathy-map',
	stage: 'empati',
	minutes: 30,
	groupSize: [3, 6],
	text: {
		id: {
			name: 'Peta Empati',
			summary: 'Rangkum hasil wawancara tentang satu pengguna: apa yang ia katakan, pikirkan, lakukan, dan rasakan.',
			purpose:
				'Mengubah catatan wawancara yang berserakan menjadi gambaran utuh tentang satu jenis pengguna, sehingga tim bisa melihat kebutuhan yang tersembunyi di balik ucapan dan tindakannya.',
			whenToUse:
				'Segera setelah satu atau beberapa wawancara dengan jenis pengguna yang sama, sebelum menyusun persona atau pernyataan masalah.',
			steps: [
				'Tulis siapa penggunanya di kotak paling kiri, misalnya "Pelaku UMKM yang mengurus izin usaha pertama".',
				'Pindahkan kutipan dari catatan wawancara ke kotak "Mengatakan".',
				'Isi "Melakukan" dengan tindakan yang teramati, dan "Memikirkan" serta "Merasakan" dengan dugaan yang didukung bukti dari wawancara.',
				'Cari ketegangan: di mana ucapan bertentangan dengan tindakan, atau pikiran berbeda dari yang diucapkan?',
				'Tuliskan kesulitan (hal yang menghambat atau menakutkan) dan harapan (hal yang ingin dicapai) pengguna.',
				'Akhiri dengan satu kalimat wawasan: hal baru yang tim pahami tentang pengguna ini.'
			],
			materials: ['Catatan wawancara', 'Templat peta empati di papan', 'Catatan tempel warna berbeda untuk tiap kuadran'],
			tips: [
				'Satu peta untuk satu jenis pengguna. Jika kebutuhannya sangat berbeda, buat peta kedua.',
				'Minta bukti untuk setiap isian "Memikirkan" dan "Merasakan": dari kutipan atau pengamatan mana?',
				'Kontradiksi adalah temuan berharga; jangan dihapus supaya peta terlihat rapi.'
			],
			example:
				'Tim Dinas Penanaman Modal dan PTSP memetakan pelaku UMKM yang mengurus NIB. Ia mengatakan "Katanya bisa online, tapi saya tetap disuruh datang", melakukan bolak-balik ke kantor tiga kali, memikirkan bahwa izin hanya untuk usaha besar, dan merasa malu bertanya. Wawasannya: pelaku UMKM butuh pendamping yang menjelaskan langkah demi langkah, bukan hanya formulir daring.'
		},
		en: {
			name: 'Empathy Map',
			summary: 'Summarise interviews about one user: what they say, think, do and feel.',
			purpose:
				'To turn scattered interview notes into a coherent picture of one kind of user, so the team can see the needs hidden behind their words and actions.',
			whenToUse:
				'Right after one or more interviews with the same kind of user, before writing a persona or a problem statement.',
			steps: [
				'Write who the user is in the left-hand box, for example "Small business owner applying for a first business licence".',
				'Move quotes from the interview notes into "Says".',
				'Fill "Does" with observed actions, and "Thinks" and "Feels" with inferences backed by interview evidence.',
				'Look for tensions: where do words contradict actions, or thoughts differ from what was said?',
				"Write the user's pains (what blocks or worries them) and gains (what they want to achieve).",
				'Finish with one sentence of insight: something new the team now understands about this user.'
			],
			materials: ['Interview notes', 'The empathy map template on the board', 'Sticky notes in a different color per quadrant'],
			tips: [
				'One map per kind of user. If needs differ a lot, make a second map.',
				'Ask for evidence behind every "Thinks" and "Feels" note: which quote or observation supports it?',
				'Contradictions are valuable findings; do not remove them to make the map look tidy.'
			],
			example:
				'A one-stop licensing office team mapped a small business owner applying for a business ID. She says "They said it was online, but I was still told to come in", does three trips to the office, thinks licences are only for big companies, and feels embarrassed to ask. The insight: small businesses need someone to walk them through each step, not only an online form.'
		}
	},
	board: {
		instructions: {
			id: 'Isi setiap kotak dari catatan wawancara. Tandai ketegangan antara ucapan dan tindakan.',
			en: 'Fill each box from the interview notes. Mark tensions between words and actions.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 1180,
				color: 'grey',
				title: { id: 'Siapa penggunanya?', en: 'Who is the user?' },
				prompt: { id: 'Satu jenis pengguna: peran, situasi, dan layanan yang sedang ia urus.', en: 'One kind of user: role, situation and the service they are dealing with.' },
				noteColor: 'white',
				notes: [{ text: { id: 'Pelaku UMKM kuliner yang mengurus NIB pertama kali', en: 'Food stall owner applying for a business ID for the first time' } }]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 560,
				color: 'orange',
				title: { id: 'Mengatakan', en: 'Says' },
				prompt: { id: 'Kutipan dari wawancara.', en: 'Quotes from interviews.' },
				noteColor: 'orange',
				notes: [{ text: { id: '"Katanya bisa online, tapi saya tetap disuruh datang."', en: '"They said it was online, but I was still told to come in."' } }]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 560,
				color: 'violet',
				title: { id: 'Memikirkan', en: 'Thinks' },
				prompt: { id: 'Apa yang mungkin ia pikirkan tetapi tidak diucapkan? Sertakan buktinya.', en: 'What might they think but not say? Note the evidence.' },
				noteColor: 'violet',
				notes: [{ text: { id: 'Izin itu untuk usaha besar, bukan warung seperti saya', en: 'Licences are for big companies, not a stall like mine' } }]
			},
			{
				x: 680,
				y: 620,
				w: 620,
				h: 560,
				color: 'blue',
				title: { id: 'Melakukan', en: 'Does' },
				prompt: { id: 'Tindakan dan kebiasaan yang teramati.', en: 'Observed actions and habits.' },
				noteColor: 'blue',
				notes: [{ text: { id: 'Bolak-balik ke kantor tiga kali dengan berkas berbeda', en: 'Went to the office three times with different papers' } }]
			},
			{
				x: 1360,
				y: 620,
				w: 620,
				h: 560,
				color: 'pink',
				title: { id: 'Merasakan', en: 'Feels' },
				prompt: { id: 'Emosi yang muncul: cemas, lega, malu, bingung…', en: 'Emotions that come up: anxious, relieved, embarrassed, confused…' },
				noteColor: 'pink',
				notes: [{ text: { id: 'Malu bertanya karena takut dianggap tidak paham', en: 'Embarrassed to ask, afraid of looking ignorant' } }]
			},
			{
				x: 2040,
				y: 0,
				w: 620,
				h: 560,
				color: 'red',
				title: { id: 'Kesulitan', en: 'Pains' },
				prompt: { id: 'Apa yang menghambat, membuat takut, atau membuang waktu?', en: 'What blocks, worries or wastes their time?' },
				noteColor: 'red',
				notes: [{ text: { id: 'Kehilangan pendapatan setiap kali menutup warung', en: 'Loses income every time the stall is closed' } }]
			},
			{
				x: 2040,
				y: 620,
				w: 620,
				h: 560,
				color: 'green',
				title: { id: 'Harapan', en: 'Gains' },
				prompt: { id: 'Apa yang ingin ia capai? Seperti apa keberhasilan baginya?', en: 'What do they want to achieve? What does success look like to them?' },
				noteColor: 'green',
				notes: [{ text: { id: 'Bisa ikut pembiayaan usaha yang butuh NIB', en: 'Qualify for small-business loans that require the ID' } }]
			}
		]
	}
});
