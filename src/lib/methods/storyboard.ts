import { defineMethod, type FrameSpec } from './template';
import type { Localized } from './types';

const SCENES: { prompt: Localized; note: Localized }[] = [
	{ prompt: { id: 'Situasi awal: siapa, di mana, apa masalahnya?', en: 'Starting point: who, where, what is the problem?' }, note: { id: 'Bu Rina melihat jadwal bidan di papan warung', en: "Bu Rina sees the midwife's schedule at the shop" } },
	{ prompt: { id: 'Pemicu: apa yang membuatnya bertindak?', en: 'Trigger: what makes them act?' }, note: { id: 'Kader mengirim pengingat H-1 di grup WhatsApp', en: 'A volunteer posts a reminder in the WhatsApp group the day before' } },
	{ prompt: { id: 'Bertemu solusi: apa yang ia lihat atau lakukan?', en: 'Meets the solution: what do they see or do?' }, note: { id: 'Ia membalas "hadir" dan kader mencatat', en: 'She replies "coming" and the volunteer notes it' } },
	{ prompt: { id: 'Momen penting: bagian mana yang harus berhasil?', en: 'Key moment: which part must work?' }, note: { id: 'Bidan datang sesuai jadwal karena tahu jumlah ibu', en: 'The midwife comes on time, knowing how many mothers to expect' } },
	{ prompt: { id: 'Hasil: apa yang berubah baginya?', en: 'Outcome: what changed for them?' }, note: { id: 'Pemeriksaan selesai tanpa perjalanan sia-sia', en: 'Check-up done without a wasted trip' } },
	{ prompt: { id: 'Sesudahnya: apa yang ia ceritakan ke orang lain?', en: 'Afterwards: what do they tell others?' }, note: { id: '"Sekarang tidak perlu menebak-nebak jadwal."', en: '"No more guessing the schedule."' } }
];

const W = 620;
const H = 380;
const GAP = 60;

const scenes: FrameSpec[] = SCENES.map((scene, i) => ({
	x: (i % 3) * (W + GAP),
	y: Math.floor(i / 3) * (H + GAP),
	w: W,
	h: H,
	color: 'green',
	title: { id: `Adegan ${i + 1}`, en: `Scene ${i + 1}` },
	prompt: scene.prompt,
	noteColor: 'green',
	notes: [{ text: scene.note }]
}));

/** Storyboard: the chosen idea as a short story of one user, scene by scene, before building anything. */
export const storyboard = defineMethod({
	id: 'storyboard',
	stage: 'prototipe',
	minutes: 40,
	groupSize: [2, 6],
	text: {
		id: {
			name: 'Storyboard',
			summary: 'Ceritakan ide terpilih sebagai rangkaian adegan yang dialami satu pengguna, sebelum membangun apa pun.',
			purpose:
				'Menjadikan ide yang abstrak terlihat dan bisa dikritik. Storyboard menunjukkan bagaimana solusi masuk ke kehidupan pengguna, dan di adegan mana solusi itu paling mungkin gagal.',
			whenToUse:
				'Setelah ide dipilih dan sebelum membuat purwarupa, atau sebagai purwarupa itu sendiri untuk ide layanan yang sulit dibuat tiruannya.',
			steps: [
				'Pilih persona dan ide yang akan diceritakan.',
				'Sepakati adegan pertama (situasi awal) dan adegan terakhir (hasil bagi pengguna).',
				'Isi adegan di antaranya: pemicu, pertemuan dengan solusi, momen penting, dan apa yang terjadi sesudahnya.',
				'Gambar setiap adegan secara sederhana: tokoh, tempat, dan satu kalimat keterangan.',
				'Tandai adegan yang paling berisiko: bagian yang harus berhasil agar seluruh cerita berjalan.',
				'Bacakan storyboard ke tim lain atau pengguna, dan catat tanggapan mereka.'
			],
			materials: ['Persona', 'Ide terpilih', 'Templat enam adegan di papan', 'Spidol atau alat gambar'],
			tips: [
				'Gambar orang lidi sudah cukup; yang penting urutan dan emosi pengguna terbaca.',
				'Tuliskan juga peran petugas di balik layar: layanan publik jarang hanya melibatkan warga dan aplikasi.',
				'Jika sulit mengisi satu adegan, itu tanda bagian ide tersebut belum dipikirkan.'
			],
			example:
				'Tim dinas kesehatan menceritakan ide "kader sebagai sumber jadwal" dalam enam adegan: Bu Rina melihat jadwal di warung, kader mengirim pengingat, Bu Rina mengonfirmasi, bidan datang tepat waktu karena tahu jumlah ibu, pemeriksaan selesai, dan Bu Rina menceritakannya kepada tetangga. Adegan keempat ditandai paling berisiko karena bergantung pada jadwal bidan yang kerap berubah.'
		},
		en: {
			name: 'Storyboard',
			summary: 'Tell the chosen idea as a sequence of scenes experienced by one user, before building anything.',
			purpose:
				"To make an abstract idea visible and open to critique. A storyboard shows how the solution fits into the user's life, and in which scene it is most likely to fail.",
			whenToUse: 'After an idea is chosen and before building a prototype, or as the prototype itself for service ideas that are hard to mock up.',
			steps: [
				'Choose the persona and the idea to tell.',
				'Agree the first scene (the starting situation) and the last (the outcome for the user).',
				'Fill the scenes in between: the trigger, meeting the solution, the key moment, and what happens afterwards.',
				'Draw each scene simply: a character, a place and one caption.',
				'Mark the riskiest scene: the part that must work for the whole story to hold.',
				'Walk another team or a user through the storyboard and note their reactions.'
			],
			materials: ['The persona', 'The chosen idea', 'The six-scene template on the board', 'Markers or a drawing tool'],
			tips: [
				"Stick figures are enough; what matters is that the order and the user's emotions come through.",
				'Show the staff behind the scenes too: public services rarely involve only a citizen and an app.',
				'If a scene is hard to fill, that part of the idea has not been thought through yet.'
			],
			example:
				'A health office team told the idea "volunteers as the schedule source" in six scenes: Bu Rina sees the schedule at the shop, a volunteer posts a reminder, Bu Rina confirms, the midwife arrives on time knowing how many mothers to expect, the check-up is done, and Bu Rina tells her neighbours. Scene four was marked riskiest because it depends on a midwife schedule that often changes.'
		}
	},
	board: {
		instructions: {
			id: 'Satu adegan per bingkai: gambar sederhana dan satu kalimat keterangan. Tandai adegan yang paling berisiko.',
			en: 'One scene per frame: a simple drawing and one caption. Mark the riskiest scene.'
		},
		frames: [
			...scenes,
			{
				x: 0,
				y: 2 * (H + GAP),
				w: 3 * W + 2 * GAP,
				h: 360,
				color: 'red',
				title: { id: 'Adegan paling berisiko dan asumsinya', en: 'Riskiest scene and its assumptions' },
				prompt: { id: 'Apa yang harus benar agar cerita ini terjadi? Inilah yang diuji lebih dulu.', en: 'What must be true for this story to happen? Test that first.' },
				noteColor: 'red',
				notes: [{ text: { id: 'Bidan bisa menepati jadwal yang diumumkan', en: 'The midwife can keep the announced schedule' } }]
			}
		]
	}
});
