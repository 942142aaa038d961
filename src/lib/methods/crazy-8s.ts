import { defineMethod, type FrameSpec } from './template';
import type { Localized } from './types';

const PANEL_W = 300;
const PANEL_H = 380;
const GAP = 60;
const LEFT = 680;

const EXAMPLES: Localized[] = [
	{ id: 'Pesan WhatsApp otomatis H-1 dari kader', en: 'Automatic WhatsApp reminder from volunteers the day before' },
	{ id: 'Papan jadwal bidan di warung desa', en: "Midwife schedule board at the village shop" }
];

const panels: FrameSpec[] = Array.from({ length: 8 }, (_, i) => ({
	x: LEFT + (i % 4) * (PANEL_W + GAP),
	y: Math.floor(i / 4) * (PANEL_H + GAP),
	w: PANEL_W,
	h: PANEL_H,
	color: 'yellow',
	title: { id: `Ide ${i + 1}`, en: `Idea ${i + 1}` },
	prompt: { id: 'Sketsa kasar, satu menit.', en: 'Rough sketch, one minute.' },
	noteColor: 'yellow',
	notes: EXAMPLES[i] ? [{ text: EXAMPLES[i] }] : []
}));

/** Crazy 8s: eight ideas in eight minutes, sketched fast to get past the obvious first idea. */
export const crazy8s = defineMethod({
	id: 'crazy-8s',
	stage: 'ideasi',
	minutes: 15,
	groupSize: [2, 8],
	text: {
		id: {
			name: 'Crazy 8s',
			summary: 'Delapan ide dalam delapan menit: sketsa cepat untuk melampaui ide pertama yang paling jelas.',
			purpose:
				'Memaksa setiap orang menghasilkan banyak variasi dengan cepat. Ide pertama biasanya yang sudah dipikirkan semua orang; ide kelima sampai kedelapan sering yang paling segar.',
			whenToUse:
				'Setelah pertanyaan "Bagaimana kita bisa…" dipilih, ketika tim perlu banyak gagasan dari semua anggota, termasuk yang pendiam.',
			steps: [
				'Tulis pertanyaan HMW yang terpilih di bingkai tantangan.',
				'Setiap orang menyiapkan delapan panel (di papan atau kertas dilipat delapan).',
				'Fasilitator menyalakan timer delapan menit; setiap menit, semua orang pindah ke panel berikutnya.',
				'Sketsakan ide, bukan tulisan panjang: gambar kasar dan beberapa kata sudah cukup.',
				'Setelah waktu habis, setiap orang menjelaskan ide-idenya dalam satu menit tanpa disela.',
				'Semua memberi suara pada ide favorit, lalu pindahkan yang terpilih ke bingkai "Ide favorit".'
			],
			materials: ['Pertanyaan HMW terpilih', 'Timer bersama', 'Delapan panel per orang', 'Voting titik'],
			tips: [
				'Tegaskan bahwa gambar jelek diperbolehkan; yang dinilai idenya, bukan keterampilan menggambar.',
				'Jangan berhenti saat ide habis: menggambar variasi kecil dari ide sebelumnya tetap berguna.',
				'Untuk kelas daring, minta peserta memotret sketsa kertas dan menempelkannya ke papan.'
			],
			example:
				'Dengan pertanyaan "Bagaimana kita bisa menjadikan kader posyandu sumber jadwal yang dipercaya?", satu peserta menggambar pesan WhatsApp otomatis dari kader sehari sebelum jadwal, papan jadwal di warung desa, kalender tempel di buku KIA, dan pengumuman di masjid sesudah salat Jumat. Papan jadwal di warung mendapat suara terbanyak karena murah dan langsung bisa dicoba.'
		},
		en: {
			name: 'Crazy 8s',
			summary: 'Eight ideas in eight minutes: fast sketches to get past the obvious first idea.',
			purpose:
				"To push everyone to produce many variations quickly. The first idea is usually the one everybody already had; ideas five to eight are often the freshest.",
			whenToUse: 'Once a "How might we…" question is chosen, when the team needs many ideas from every member, including the quiet ones.',
			steps: [
				'Write the chosen HMW question in the challenge frame.',
				'Everyone prepares eight panels (on the board or a sheet of paper folded into eight).',
				'The facilitator starts an eight-minute timer; every minute, everyone moves to the next panel.',
				'Sketch ideas rather than writing long text: a rough drawing and a few words are enough.',
				'When time is up, each person explains their ideas in one minute without interruption.',
				'Everyone votes for favourites; move the chosen ones into the "Favourite ideas" frame.'
			],
			materials: ['The chosen HMW question', 'A shared timer', 'Eight panels per person', 'Dot voting'],
			tips: [
				'Make clear that bad drawings are fine; the idea is judged, not the drawing skill.',
				'Do not stop when ideas run out: drawing small variations of a previous idea still helps.',
				'In online classes, ask participants to photograph paper sketches and put them on the board.'
			],
			example:
				'For "How might we make health volunteers a trusted source of the schedule?", one participant sketched an automatic WhatsApp reminder from volunteers the day before, a schedule board at the village shop, a sticker calendar in the mother-and-child health book, and an announcement at the mosque after Friday prayers. The village-shop board got the most votes: cheap and ready to try.'
		}
	},
	board: {
		instructions: {
			id: 'Satu menit per panel. Gambar dulu, jelaskan nanti.',
			en: 'One minute per panel. Draw first, explain later.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 380,
				color: 'orange',
				title: { id: 'Tantangan', en: 'Challenge' },
				prompt: { id: 'Pertanyaan "Bagaimana kita bisa…" yang dijawab dengan sketsa.', en: 'The "How might we…" question the sketches answer.' },
				noteColor: 'orange',
				notes: [{ text: { id: 'Bagaimana kita bisa membuat kader posyandu sumber jadwal tepercaya?', en: 'How might we make health volunteers a trusted source of the schedule?' } }]
			},
			{
				x: 0,
				y: PANEL_H + GAP,
				w: 620,
				h: PANEL_H,
				color: 'green',
				title: { id: 'Ide favorit', en: 'Favourite ideas' },
				prompt: { id: 'Pindahkan ide dengan suara terbanyak ke sini.', en: 'Move the ideas with the most votes here.' },
				noteColor: 'green'
			},
			...panels
		]
	}
});
