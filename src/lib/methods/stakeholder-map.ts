import { defineMethod } from './template';

/** Stakeholder map: who is touched by or shapes the service, and how close they are to it. */
export const stakeholderMap = defineMethod({
	id: 'stakeholder-map',
	stage: 'empati',
	minutes: 30,
	groupSize: [3, 8],
	text: {
		id: {
			name: 'Peta Pemangku Kepentingan',
			summary: 'Petakan siapa saja yang memakai, menjalankan, atau memengaruhi layanan, dan seberapa dekat mereka dengannya.',
			purpose:
				'Melihat layanan sebagai sistem: warga pengguna, petugas garis depan, atasan, instansi lain, hingga pihak swasta dan komunitas. Peta ini menunjukkan siapa yang perlu diwawancarai dan siapa yang harus dilibatkan agar inovasi bisa berjalan.',
			whenToUse:
				'Di awal tantangan, sebelum wawancara, ketika tim belum sepakat siapa "pengguna" layanan atau ketika masalahnya melibatkan lebih dari satu instansi.',
			steps: [
				'Tulis layanan atau tantangan di tengah papan.',
				'Setiap anggota menulis satu pemangku kepentingan per catatan tempel selama 5 menit, sendiri-sendiri dan tanpa diskusi.',
				'Tempelkan setiap catatan pada lingkaran yang sesuai: inti (memakai atau menjalankan layanan setiap hari), langsung (memutuskan atau terdampak langsung), dan tidak langsung (memengaruhi dari jauh).',
				'Gabungkan catatan yang sama dan tambahkan yang terlewat, misalnya kelompok rentan atau petugas di lapangan.',
				'Tarik garis antar-pemangku yang saling bergantung, lalu beri tanda bintang pada tiga sampai lima orang yang paling perlu didengar lebih dulu.',
				'Tentukan siapa yang akan diwawancarai dan siapa yang mengaturnya.'
			],
			materials: ['Templat peta berlapis di papan', 'Catatan tempel dengan tiga warna', 'Daftar unit kerja dan mitra yang terkait layanan'],
			tips: [
				'Minta tim menulis orang atau peran yang spesifik ("petugas loket Dukcapil kecamatan"), bukan kategori umum ("masyarakat").',
				'Tanyakan siapa yang kalah atau repot jika layanan berubah; mereka sering terlupa tetapi bisa menghambat.',
				'Jangan berhenti di dalam instansi sendiri: layanan publik hampir selalu melintasi batas unit dan instansi.'
			],
			example:
				'Tim Dinas Kependudukan dan Pencatatan Sipil sebuah kota memetakan layanan akta kelahiran. Di lingkaran inti ada orang tua bayi dan petugas loket; di lingkaran langsung ada bidan, puskesmas, rumah sakit, dan kelurahan; di lingkaran tidak langsung ada BPJS Kesehatan dan sekolah. Peta ini membuat tim sadar bahwa bidan desa adalah titik masuk paling awal, sehingga wawancara pertama dilakukan dengan mereka.'
		},
		en: {
			name: 'Stakeholder Map',
			summary: 'Map everyone who uses, runs or influences the service, and how close they are to it.',
			purpose:
				'To see the service as a system: citizens, front-line staff, managers, other agencies, private partners and communities. The map shows whom to interview and whom to involve so that an innovation can actually run.',
			whenToUse:
				'At the start of a challenge, before interviews, when the team does not yet agree on who the service "users" are, or when the problem spans more than one agency.',
			steps: [
				'Write the service or challenge in the middle of the board.',
				'For 5 minutes, everyone writes one stakeholder per sticky note, alone and without discussion.',
				'Place each note in the right ring: core (uses or runs the service every day), direct (decides or is directly affected) and indirect (influences it from a distance).',
				'Merge duplicates and add who is missing, such as vulnerable groups or field staff.',
				'Draw lines between stakeholders who depend on each other, then star the three to five people to listen to first.',
				'Decide whom to interview and who arranges it.'
			],
			materials: ['The ringed map template on the board', 'Sticky notes in three colors', 'A list of units and partners involved in the service'],
			tips: [
				'Ask for specific people or roles ("counter officer at the sub-district civil registry") rather than broad categories ("the public").',
				'Ask who loses out or gets more work if the service changes; they are often forgotten and can block it.',
				'Do not stop at your own agency: public services almost always cross unit and agency lines.'
			],
			example:
				'A city civil-registry team mapped the birth-certificate service. In the core ring were parents and counter officers; in the direct ring midwives, community health centres, hospitals and village offices; in the indirect ring the national health insurer and schools. The map showed that village midwives are the earliest point of contact, so the first interviews were with them.'
		}
	},
	board: {
		instructions: {
			id: 'Satu pemangku kepentingan per catatan. Letakkan di lingkaran yang sesuai, lalu tandai tiga sampai lima yang paling perlu didengar.',
			en: 'One stakeholder per note. Place it in the right ring, then mark the three to five you most need to hear from.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 560,
				color: 'orange',
				title: { id: 'Inti: pemakai dan pelaksana layanan', en: 'Core: use and run the service' },
				prompt: { id: 'Siapa yang berurusan dengan layanan ini setiap hari?', en: 'Who deals with this service every day?' },
				noteColor: 'orange',
				notes: [
					{ text: { id: 'Orang tua bayi baru lahir', en: 'Parents of newborns' } },
					{ text: { id: 'Petugas loket Dukcapil', en: 'Civil-registry counter officer' } }
				]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 560,
				color: 'yellow',
				title: { id: 'Langsung: penentu dan terdampak', en: 'Direct: decide or are affected' },
				prompt: { id: 'Siapa yang keputusannya atau pekerjaannya ikut berubah?', en: 'Whose decisions or work would change with it?' },
				noteColor: 'yellow',
				notes: [
					{ text: { id: 'Bidan desa', en: 'Village midwife' } },
					{ text: { id: 'Lurah dan staf kelurahan', en: 'Village head and office staff' } }
				]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 560,
				color: 'blue',
				title: { id: 'Tidak langsung: pengaruh dari jauh', en: 'Indirect: influence from afar' },
				prompt: { id: 'Siapa yang aturan, data, atau anggarannya memengaruhi layanan?', en: 'Whose rules, data or budget shape the service?' },
				noteColor: 'blue',
				notes: [{ text: { id: 'BPJS Kesehatan', en: 'National health insurer (BPJS)' } }]
			},
			{
				x: 0,
				y: 620,
				w: 1980,
				h: 380,
				color: 'red',
				title: { id: 'Siapa yang kita dengar lebih dulu?', en: 'Whom do we listen to first?' },
				prompt: {
					id: 'Pindahkan ke sini 3–5 pemangku kepentingan untuk diwawancarai, lalu tulis siapa yang menghubungi mereka.',
					en: 'Move 3–5 stakeholders to interview here, and note who will contact them.'
				},
				noteColor: 'pink'
			}
		]
	}
});
