import { defineMethod, type FrameSpec } from './template';
import type { Localized } from './types';

const PHASES: { title: Localized; prompt: Localized; notes: Localized[] }[] = [
	{
		title: { id: '1. Mencari informasi', en: '1. Finding information' },
		prompt: { id: 'Dari mana ia tahu harus berbuat apa?', en: 'How do they find out what to do?' },
		notes: [
			{ id: 'Bertanya ke tetangga', en: 'Asks a neighbour' },
			{ id: 'Bingung: syarat di situs beda dengan di spanduk', en: 'Confused: the website and the banner disagree' }
		]
	},
	{
		title: { id: '2. Menyiapkan berkas', en: '2. Preparing documents' },
		prompt: { id: 'Apa yang ia kumpulkan, fotokopi, atau minta?', en: 'What do they collect, copy or request?' },
		notes: [
			{ id: 'Minta surat pengantar RT dan RW', en: 'Gets cover letters from the ward heads' },
			{ id: 'Kesal: disuruh pulang karena fotokopi kurang', en: 'Annoyed: sent home for a missing photocopy' }
		]
	},
	{
		title: { id: '3. Mengajukan', en: '3. Applying' },
		prompt: { id: 'Di mana dan bagaimana ia mengajukan?', en: 'Where and how do they apply?' },
		notes: [
			{ id: 'Antre sejak subuh untuk nomor antrean', en: 'Queues from dawn for a ticket' },
			{ id: 'Lelah: tidak tahu kapan gilirannya', en: 'Tired: no idea when their turn comes' }
		]
	},
	{
		title: { id: '4. Menunggu', en: '4. Waiting' },
		prompt: { id: 'Apa yang terjadi selama menunggu? Apa yang ia ketahui?', en: 'What happens while waiting? What do they know?' },
		notes: [
			{ id: 'Menelepon kantor, tidak diangkat', en: 'Calls the office; nobody answers' },
			{ id: 'Cemas: tidak tahu berkasnya sampai di mana', en: 'Anxious: no idea where the application is' }
		]
	},
	{
		title: { id: '5. Menerima hasil', en: '5. Receiving the result' },
		prompt: { id: 'Bagaimana hasilnya diterima dan dipakai?', en: 'How is the result received and used?' },
		notes: [
			{ id: 'Mengambil KTP di kantor kecamatan', en: 'Collects the ID card at the district office' },
			{ id: 'Lega, tetapi ada salah ketik nama', en: 'Relieved, but the name is misspelled' }
		]
	}
];

const COLUMN = 480;
const GAP = 60;

const phaseFrames: FrameSpec[] = PHASES.map((phase, i) => ({
	x: i * (COLUMN + GAP),
	y: 0,
	w: COLUMN,
	h: 560,
	color: 'blue',
	title: phase.title,
	prompt: phase.prompt,
	noteColor: 'blue',
	// Each phase shows the board's rule: an action in blue, then a feeling or pain point in pink.
	notes: phase.notes.map((text, j) => ({ text, color: j === 1 ? 'pink' : 'blue' }))
}));

/** User journey: the steps a citizen goes through, with what they do and feel at each, to find where it hurts. */
export const userJourney = defineMethod({
	id: 'user-journey',
	stage: 'empati',
	minutes: 45,
	groupSize: [3, 6],
	text: {
		id: {
			name: 'Peta Perjalanan Pengguna',
			summary: 'Urutkan langkah-langkah warga saat mengurus layanan, dari mencari informasi sampai menerima hasil, lalu tandai titik sakitnya.',
			purpose:
				'Melihat layanan dari ujung ke ujung sebagaimana dialami warga, bukan sebagaimana tertulis di SOP, sehingga tim menemukan di langkah mana waktu, biaya, dan kepercayaan hilang.',
			whenToUse:
				'Setelah wawancara dan pengamatan, ketika tim perlu memilih bagian layanan mana yang paling layak diperbaiki.',
			steps: [
				'Pilih satu jenis pengguna dan satu tujuan, misalnya "Warga mengurus KTP elektronik yang hilang".',
				'Sepakati tahap-tahap besar perjalanan; templat memberi lima tahap yang bisa diganti namanya.',
				'Di setiap tahap, tulis tindakan pengguna (catatan biru) berdasarkan wawancara dan pengamatan.',
				'Tambahkan emosi dan titik sakit (catatan merah muda): kapan ia bingung, menunggu, atau mengeluarkan biaya?',
				'Tandai titik kontak: loket, situs, aplikasi, petugas, atau pihak ketiga yang ditemui di setiap tahap.',
				'Di bingkai bawah, pilih dua atau tiga titik sakit terbesar dan tulis peluang perbaikannya.'
			],
			materials: ['Catatan wawancara dan pengamatan', 'SOP layanan sebagai pembanding', 'Templat peta perjalanan di papan'],
			tips: [
				'Petakan yang sebenarnya terjadi, bukan yang seharusnya terjadi menurut SOP; bandingkan keduanya di akhir.',
				'Perhatikan waktu di luar kantor: perjalanan, cuti kerja, dan biaya fotokopi adalah bagian dari layanan bagi warga.',
				'Jika beberapa jenis pengguna sangat berbeda, buat satu baris perjalanan untuk masing-masing.'
			],
			example:
				'Tim Disdukcapil memetakan perjalanan warga yang kehilangan KTP. Titik sakit terbesar ternyata bukan di loket, tetapi sebelum datang: syarat di situs dan di spanduk kelurahan berbeda, sehingga warga datang dua kali. Peluang yang dipilih: satu daftar syarat yang sama di semua saluran, dikirim lewat WhatsApp sebelum warga berangkat.'
		},
		en: {
			name: 'User Journey Map',
			summary: 'Lay out the steps a citizen takes through a service, from looking for information to getting the result, and mark where it hurts.',
			purpose:
				'To see the service end to end as citizens experience it, not as the standard operating procedure describes it, so the team finds the steps where time, money and trust are lost.',
			whenToUse: 'After interviews and observation, when the team needs to choose which part of the service is most worth improving.',
			steps: [
				'Choose one kind of user and one goal, for example "Citizen replacing a lost electronic ID card".',
				'Agree on the main phases of the journey; the template offers five that you can rename.',
				"In each phase, write the user's actions (blue notes) from interviews and observation.",
				'Add emotions and pain points (pink notes): when are they confused, waiting or paying?',
				'Mark touchpoints: counters, websites, apps, officers or third parties met in each phase.',
				'In the bottom frame, pick the two or three biggest pain points and write the opportunities to improve them.'
			],
			materials: ['Interview and observation notes', 'The service procedure for comparison', 'The journey map template on the board'],
			tips: [
				'Map what actually happens, not what should happen according to procedure; compare the two at the end.',
				'Count the time outside the office: travel, leave from work and photocopy costs are part of the service for citizens.',
				'If user types differ a lot, make one journey row for each.'
			],
			example:
				'A civil-registry team mapped the journey of citizens who lost their ID card. The biggest pain point was not at the counter but before it: the website and the village office banner listed different requirements, so people came twice. The opportunity chosen: one requirement list, the same on every channel, sent by WhatsApp before people set out.'
		}
	},
	board: {
		instructions: {
			id: 'Biru untuk tindakan, merah muda untuk emosi dan titik sakit. Ganti nama tahap bila perlu.',
			en: 'Blue for actions, pink for emotions and pain points. Rename the phases if needed.'
		},
		frames: [
			...phaseFrames,
			{
				x: 0,
				y: 620,
				w: 5 * COLUMN + 4 * GAP,
				h: 380,
				color: 'red',
				title: { id: 'Titik sakit terbesar dan peluang', en: 'Biggest pain points and opportunities' },
				prompt: { id: 'Pilih 2–3 titik sakit terbesar. Untuk masing-masing, tulis peluang perbaikannya.', en: 'Pick the 2–3 biggest pain points. For each, write an opportunity to improve it.' },
				noteColor: 'green',
				notes: [{ text: { id: 'Ide: satu daftar syarat, sama di semua saluran', en: 'Idea: one checklist, the same on every channel' } }]
			}
		]
	}
});
