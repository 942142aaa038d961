import { defineMethod } from './template';

/** Prototype test card: the hypothesis, the test, the measure and the pass mark, written before testing. */
export const prototypeTestCard = defineMethod({
	id: 'prototype-test-card',
	stage: 'prototipe',
	minutes: 20,
	groupSize: [2, 6],
	text: {
		id: {
			name: 'Kartu Uji Purwarupa',
			summary: 'Tulis sebelum menguji: apa yang kita yakini, bagaimana mengujinya, apa yang diukur, dan kapan kita dianggap benar.',
			purpose:
				'Mengubah uji coba menjadi pembelajaran yang jujur. Dengan menuliskan hipotesis dan kriteria keberhasilan di awal, tim tidak bisa menafsirkan hasil sesuai keinginannya setelah uji selesai.',
			whenToUse: 'Setelah purwarupa sederhana siap dan sebelum diuji bersama pengguna.',
			steps: [
				'Tulis asumsi paling berisiko dari storyboard sebagai hipotesis: "Kami percaya bahwa…".',
				'Rancang uji termurah yang bisa membuktikannya: "Untuk memastikannya, kami akan…".',
				'Tentukan apa yang diukur: angka atau perilaku yang bisa diamati, bukan pendapat.',
				'Tetapkan kriteria: "Kami benar jika…", lengkap dengan angka ambangnya.',
				'Sepakati siapa yang menjalankan uji, kapan, dan dengan berapa pengguna.',
				'Setelah uji, catat hasilnya di bawah kartu dan putuskan: lanjut, ubah, atau hentikan.'
			],
			materials: ['Storyboard dan asumsi berisiko', 'Purwarupa sederhana', 'Templat kartu uji di papan'],
			tips: [
				'Satu kartu untuk satu hipotesis. Jika ada tiga asumsi berisiko, buat tiga kartu.',
				'Ukuran perilaku ("berapa ibu yang datang sesuai jadwal") lebih jujur daripada pertanyaan "apakah Ibu suka?".',
				'Tetapkan angka ambang sebelum melihat hasil, dan jangan diubah sesudahnya.'
			],
			example:
				'Kami percaya bahwa ibu hamil akan datang sesuai jadwal jika kader mengirim pengingat sehari sebelumnya. Untuk memastikannya, kami akan mengirim pengingat manual lewat WhatsApp di dua posyandu selama satu bulan. Kami mengukur persentase ibu yang datang pada hari yang dijadwalkan. Kami benar jika kehadiran naik dari 55% menjadi paling sedikit 75%.'
		},
		en: {
			name: 'Prototype Test Card',
			summary: 'Write before testing: what we believe, how we will test it, what we will measure, and when we are right.',
			purpose:
				'To turn a trial into honest learning. Writing the hypothesis and success criteria up front stops the team from reading the results the way it wishes after the test.',
			whenToUse: 'When a simple prototype is ready and before testing it with users.',
			steps: [
				'Write the riskiest assumption from the storyboard as a hypothesis: "We believe that…".',
				'Design the cheapest test that can prove it: "To verify that, we will…".',
				'Decide what to measure: a number or an observable behaviour, not an opinion.',
				'Set the criterion: "We are right if…", with a threshold number.',
				'Agree who runs the test, when, and with how many users.',
				'After the test, record the result under the card and decide: continue, change or stop.'
			],
			materials: ['The storyboard and its risky assumptions', 'A simple prototype', 'The test card template on the board'],
			tips: [
				'One card per hypothesis. Three risky assumptions, three cards.',
				'A behaviour measure ("how many mothers came on the scheduled day") is more honest than asking "do you like it?".',
				'Set the threshold before seeing the results, and do not move it afterwards.'
			],
			example:
				'We believe that pregnant women will come on schedule if volunteers send a reminder the day before. To verify that, we will send manual WhatsApp reminders at two village health posts for one month. We will measure the share of mothers who come on the scheduled day. We are right if attendance rises from 55% to at least 75%.'
		}
	},
	board: {
		instructions: {
			id: 'Isi keempat bingkai sebelum menguji. Catat hasil dan keputusan setelah uji selesai.',
			en: 'Fill the four frames before testing. Record the result and the decision afterwards.'
		},
		frames: [
			{
				x: 0,
				y: 0,
				w: 620,
				h: 420,
				color: 'violet',
				title: { id: '1. Kami percaya bahwa…', en: '1. We believe that…' },
				prompt: { id: 'Asumsi paling berisiko, ditulis sebagai hipotesis.', en: 'The riskiest assumption, written as a hypothesis.' },
				noteColor: 'violet',
				notes: [{ text: { id: 'Ibu hamil datang sesuai jadwal bila diingatkan kader H-1', en: 'Pregnant women come on schedule when reminded the day before' } }]
			},
			{
				x: 680,
				y: 0,
				w: 620,
				h: 420,
				color: 'blue',
				title: { id: '2. Untuk memastikannya, kami akan…', en: '2. To verify that, we will…' },
				prompt: { id: 'Uji termurah dan tercepat yang bisa membuktikannya.', en: 'The cheapest, quickest test that can prove it.' },
				noteColor: 'blue',
				notes: [{ text: { id: 'Pengingat WhatsApp manual di 2 posyandu selama 1 bulan', en: 'Manual WhatsApp reminders at 2 health posts for 1 month' } }]
			},
			{
				x: 0,
				y: 480,
				w: 620,
				h: 420,
				color: 'teal',
				title: { id: '3. Dan mengukur…', en: '3. And measure…' },
				prompt: { id: 'Angka atau perilaku yang bisa diamati, bukan pendapat.', en: 'A number or observable behaviour, not an opinion.' },
				noteColor: 'teal',
				notes: [{ text: { id: 'Persentase ibu yang datang pada hari terjadwal', en: 'Share of mothers who come on the scheduled day' } }]
			},
			{
				x: 680,
				y: 480,
				w: 620,
				h: 420,
				color: 'green',
				title: { id: '4. Kami benar jika…', en: '4. We are right if…' },
				prompt: { id: 'Ambang keberhasilan, ditetapkan sebelum uji.', en: 'The success threshold, set before the test.' },
				noteColor: 'green',
				notes: [{ text: { id: 'Kehadiran naik dari 55% menjadi ≥ 75%', en: 'Attendance rises from 55% to ≥ 75%' } }]
			},
			{
				x: 1360,
				y: 0,
				w: 620,
				h: 900,
				color: 'grey',
				title: { id: 'Hasil dan keputusan', en: 'Result and decision' },
				prompt: { id: 'Diisi setelah uji: apa yang terjadi, dan apakah kita lanjut, ubah, atau hentikan?', en: 'Filled in after the test: what happened, and do we continue, change or stop?' },
				noteColor: 'white',
				notes: [
					{ text: { id: 'Hasil: …', en: 'Result: …' } },
					{ text: { id: 'Keputusan: lanjut / ubah / hentikan', en: 'Decision: continue / change / stop' } }
				]
			}
		]
	}
});
