/**
 * Demo innovations: fictional entries written the way civil servants describe their work, set in
 * real provinces and plausible agencies. No real people are named. Used by `seedDemoInnovations`.
 */
import type { GovernmentLevel, InnovationForm, InnovationStage } from '../../innovations/fields';

export interface DemoIndicator {
	name: string;
	baseline: string;
	value: string;
	unit: string;
	measuredOn: string;
	source: string;
}

export interface DemoInnovation {
	title: string;
	/** Email of the demo account that leads the team; `members` join it. */
	lead: string;
	members: string[];
	/** Members who chose to stay off the public page. */
	hidden?: string[];
	mentor?: boolean;
	status: 'published' | 'submitted' | 'draft';
	featured?: boolean;
	agency: { name: string; kind: 'pemprov' | 'pemkab' | 'pemkot' | 'kementerian' | 'lpnk'; provinceCode: string };
	governmentLevel: GovernmentLevel;
	regency: string;
	stage: InnovationStage;
	form: InnovationForm;
	isDigital: boolean;
	startedOn: string;
	cohort: string;
	summary: string;
	background: string;
	solution: string;
	novelty: string;
	results: string;
	beneficiaries: string;
	partners: string;
	resources: string;
	challenges: string;
	successConditions: string;
	sustainability: string;
	replicability: string;
	lessons: string;
	indicators: DemoIndicator[];
	themes: string[];
	sdgs: number[];
	tags: string[];
	awards: string;
	/** Days before the seed date the entry was published (spreads the gallery over months). */
	publishedDaysAgo?: number;
	views?: number;
	/** Board frames for the snapshot: name and sticky notes. */
	board?: { name: string; color: string; notes: string[] }[];
}

export const DEMO_INNOVATIONS: DemoInnovation[] = [
	{
		title: 'SIPANDU: Antrean Puskesmas lewat WhatsApp',
		lead: 'peserta@ruangpijar.id',
		members: ['peserta2@ruangpijar.id'],
		mentor: true,
		status: 'published',
		featured: true,
		agency: { name: 'Pemerintah Kabupaten Sleman', kind: 'pemkab', provinceCode: '34' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kabupaten Sleman',
		stage: 'diterapkan',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2024-02-05',
		cohort: 'Pelatihan Kepemimpinan Administrator Angkatan III 2024',
		summary:
			'Pasien puskesmas mengambil nomor antrean lewat pesan WhatsApp dan menerima pemberitahuan ketika gilirannya tinggal lima nomor lagi. Waktu tunggu di ruang tunggu turun dari rata-rata 95 menjadi 25 menit, dan ruang tunggu tidak lagi penuh sejak pukul enam pagi.',
		background:
			'Warga, terutama lansia dan ibu dengan balita, datang sejak subuh agar mendapat nomor kecil. Ruang tunggu puskesmas penuh, antrean menumpuk di parkiran, dan petugas loket kewalahan.\n\nTujuan inovasi ini adalah **memindahkan antrean dari ruang tunggu ke rumah warga** tanpa memaksa mereka memasang aplikasi baru.',
		solution:
			'Warga mengirim pesan "ANTRE" beserta NIK ke nomor WhatsApp resmi puskesmas. Sistem membalas dengan nomor antrean dan perkiraan jam dilayani, lalu mengirim pengingat ketika giliran tinggal lima nomor.\n\n- Loket tetap melayani warga tanpa ponsel dengan nomor kertas dari mesin yang sama.\n- Petugas melihat urutan gabungan di satu layar.\n- Data kunjungan masuk langsung ke rekam medis elektronik.',
		novelty:
			'Memakai kanal yang sudah dipakai hampir semua warga (WhatsApp) dan menggabungkan antrean digital dengan antrean kertas dalam satu urutan, sehingga tidak ada kelompok warga yang tertinggal.',
		results:
			'Dalam enam bulan, 68% kunjungan rawat jalan memakai antrean WhatsApp. Keluhan tentang antrean di kanal pengaduan daerah turun tajam, dan puskesmas bisa menata jadwal petugas berdasarkan data kedatangan per jam.',
		beneficiaries: 'Sekitar 4.200 pasien rawat jalan per bulan di tiga puskesmas percontohan, terutama lansia dan ibu dengan balita.',
		partners: 'Dinas Kesehatan, Dinas Komunikasi dan Informatika (server dan nomor resmi), serta kader kesehatan desa yang mengajari warga mengirim pesan.',
		resources: 'Rp 48 juta untuk lisensi gateway pesan selama setahun, satu pranata komputer paruh waktu, dan pelatihan dua jam untuk petugas loket.',
		challenges:
			'Sebagian warga khawatir data NIK disalahgunakan. Kami menambahkan penjelasan singkat di pesan balasan dan menyimpan NIK hanya di server daerah. Di awal, banyak pesan salah format; balasan otomatis kini memberi contoh yang benar.',
		successConditions: 'Dukungan kepala puskesmas untuk mengubah alur loket, nomor WhatsApp resmi yang terverifikasi, dan kader desa yang aktif mendampingi warga.',
		sustainability: 'Biaya gateway dimasukkan ke anggaran rutin Dinas Kesehatan 2025, dan prosedur antrean ditetapkan dalam SOP pelayanan rawat jalan.',
		replicability:
			'Dapat ditiru puskesmas mana pun yang sudah memakai rekam medis elektronik. Prasyarat: nomor WhatsApp resmi, gateway pesan, dan satu petugas yang memantau balasan otomatis. Kode konfigurasi dan SOP kami bagikan kepada yang meminta.',
		lessons: 'Uji coba dengan warga sungguhan sejak minggu pertama jauh lebih berharga daripada rapat desain yang panjang. Pertahankan jalur non-digital: justru itu yang membuat warga percaya.',
		indicators: [
			{ name: 'Rata-rata waktu tunggu di puskesmas', baseline: '95', value: '25', unit: 'menit', measuredOn: '2024-08-31', source: 'Log antrean SIPANDU' },
			{ name: 'Kunjungan yang memakai antrean WhatsApp', baseline: '0', value: '68', unit: '%', measuredOn: '2024-08-31', source: 'Laporan bulanan Dinas Kesehatan' },
			{ name: 'Indeks kepuasan masyarakat unsur waktu layanan', baseline: '71', value: '88', unit: 'poin', measuredOn: '2024-09-15', source: 'Survei IKM semester II' }
		],
		themes: ['kesehatan', 'layanan-publik-digital'],
		sdgs: [3, 10],
		tags: ['antrean', 'whatsapp', 'puskesmas'],
		awards: 'Top 30 Inovasi Pelayanan Publik Daerah 2024',
		publishedDaysAgo: 120,
		views: 812,
		board: [
			{ name: 'Rumusan masalah', color: 'red', notes: ['Lansia datang jam 5 pagi demi nomor kecil', 'Ruang tunggu penuh, pasien menunggu di parkiran'] },
			{ name: 'Bagaimana jika kita…', color: 'blue', notes: ['…memindahkan antrean ke rumah warga?', '…memakai aplikasi yang sudah ada di ponsel warga?'] },
			{ name: 'Ide terpilih', color: 'green', notes: ['Ambil nomor lewat WhatsApp + pengingat 5 nomor sebelum giliran'] },
			{ name: 'Hasil uji', color: 'violet', notes: ['Minggu 1: 40% pesan salah format', 'Minggu 4: waktu tunggu 95 → 30 menit'] }
		]
	},
	{
		title: 'LAJU DESA: Layanan Adminduk Jemput Bola',
		lead: 'peserta3@ruangpijar.id',
		members: ['peserta4@ruangpijar.id'],
		status: 'published',
		featured: true,
		agency: { name: 'Pemerintah Kabupaten Sikka', kind: 'pemkab', provinceCode: '53' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kabupaten Sikka',
		stage: 'dilembagakan',
		form: 'pelayanan_publik',
		isDigital: false,
		startedOn: '2022-07-11',
		cohort: 'Latsar CPNS Angkatan XII 2022',
		summary:
			'Petugas Disdukcapil datang ke desa-desa terpencil dengan perangkat perekaman keliling sesuai jadwal yang diumumkan lewat gereja, masjid, dan kantor desa. Cakupan akta kelahiran anak naik dari 61% menjadi 92% dalam dua tahun.',
		background:
			'Warga di pulau-pulau kecil dan desa pegunungan harus menempuh perjalanan sehari penuh, kadang dengan kapal, untuk mengurus akta kelahiran atau KTP-el. Banyak anak tidak tercatat sehingga sulit mendaftar sekolah dan mengakses bantuan sosial.',
		solution:
			'Tim kecil Disdukcapil membawa perangkat perekaman, printer, dan koneksi satelit ke desa setiap pekan. Jadwal diumumkan sebulan sebelumnya lewat tokoh agama dan kepala desa, dan berkas dikumpulkan lebih dulu oleh operator desa.',
		novelty: 'Menggabungkan jadwal pelayanan dengan kegiatan rutin masyarakat (misa, pengajian, posyandu) sehingga warga tidak perlu meninggalkan pekerjaan untuk datang.',
		results: 'Selama dua tahun tim melayani 214 desa. Dokumen dicetak di tempat untuk 87% permohonan; sisanya diantar lewat kantor kecamatan dalam tujuh hari.',
		beneficiaries: 'Lebih dari 18.000 warga, terutama anak usia sekolah, lansia, dan penyandang disabilitas yang sulit bepergian.',
		partners: 'Pemerintah desa, paroki dan majelis taklim setempat, PT Pos untuk pengantaran dokumen, dan Balai Telekomunikasi untuk koneksi satelit.',
		resources: 'Dua set perangkat perekaman keliling, satu kendaraan dan sewa kapal per triwulan, serta empat petugas yang bergiliran.',
		challenges: 'Cuaca laut sering membatalkan jadwal ke pulau. Kami menyiapkan jadwal cadangan dan memberi kabar lewat radio komunitas.',
		successConditions: 'Operator desa yang terlatih mengumpulkan berkas, dan jadwal yang konsisten agar warga percaya petugas benar-benar datang.',
		sustainability: 'Ditetapkan melalui Peraturan Bupati tentang pelayanan administrasi kependudukan keliling, dengan anggaran tahunan tersendiri.',
		replicability: 'Cocok untuk kabupaten kepulauan dan pegunungan. Prasyarat: perangkat perekaman keliling dari Ditjen Dukcapil, operator desa, dan koneksi internet cadangan.',
		lessons: 'Kepercayaan warga tumbuh dari jadwal yang ditepati, bukan dari sosialisasi yang meriah.',
		indicators: [
			{ name: 'Cakupan akta kelahiran anak 0–18 tahun', baseline: '61', value: '92', unit: '%', measuredOn: '2024-06-30', source: 'Data konsolidasi Disdukcapil' },
			{ name: 'Waktu perjalanan warga untuk mengurus dokumen', baseline: '9', value: '1', unit: 'jam', measuredOn: '2023-12-31', source: 'Survei pengguna layanan' }
		],
		themes: ['administrasi-kependudukan', 'inklusi-gender'],
		sdgs: [16, 10, 5],
		tags: ['adminduk', 'jemput bola', 'daerah 3T'],
		awards: 'Top 45 KIPP 2023\nPenghargaan Pelayanan Prima Provinsi NTT 2023',
		publishedDaysAgo: 210,
		views: 1540
	},
	{
		title: 'DASHAT: Dapur Sehat Atasi Stunting di Posyandu',
		lead: 'peserta2@ruangpijar.id',
		members: ['peserta@ruangpijar.id'],
		hidden: ['peserta@ruangpijar.id'],
		mentor: true,
		status: 'published',
		agency: { name: 'Pemerintah Kabupaten Lombok Timur', kind: 'pemkab', provinceCode: '52' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kabupaten Lombok Timur',
		stage: 'diterapkan',
		form: 'pelayanan_publik',
		isDigital: false,
		startedOn: '2023-03-01',
		cohort: 'Pelatihan Kepemimpinan Pengawas Angkatan I 2023',
		summary:
			'Posyandu menjadi dapur bersama: kader memasak menu bergizi dari pangan lokal bersama ibu balita berisiko stunting, dua kali sepekan selama 90 hari. Prevalensi stunting di desa percontohan turun dari 27,4% menjadi 19,8%.',
		background: 'Angka stunting di beberapa desa masih di atas rata-rata provinsi. Pemberian makanan tambahan pabrikan sering tidak dimakan anak dan tidak mengubah kebiasaan makan keluarga.',
		solution: 'Kader posyandu dan ibu balita memasak bersama menu berbahan ikan, telur, kelor, dan kacang lokal. Resep dan takaran dicetak di kartu bergambar yang dibawa pulang.',
		novelty: 'Mengubah pemberian makanan tambahan menjadi kelas memasak: ibu belajar sambil mempraktikkan, dan bahan dibeli dari petani dan nelayan desa.',
		results: 'Berat badan 83% balita sasaran naik sesuai kurva setelah 90 hari, dan prevalensi stunting desa percontohan turun 7,6 poin persen dalam setahun.',
		beneficiaries: '312 balita berisiko stunting dan keluarganya di 12 desa.',
		partners: 'Puskesmas, PKK, BUMDes sebagai pemasok bahan, dan Baznas kabupaten untuk dana awal peralatan dapur.',
		resources: 'Peralatan dapur per posyandu sekitar Rp 6 juta, bahan pangan Rp 15.000 per anak per pertemuan dari dana desa.',
		challenges: 'Kehadiran ibu turun saat musim tanam. Jadwal digeser ke sore hari dan sebagian sesi diadakan di rumah kader.',
		successConditions: 'Kepala desa yang mengalokasikan dana desa, dan ahli gizi puskesmas yang mendampingi penyusunan menu.',
		sustainability: 'Menu dan SOP masuk ke rencana aksi percepatan penurunan stunting kabupaten; pendanaan dari dana desa setiap tahun.',
		replicability: 'Dapat direplikasi di desa mana pun dengan posyandu aktif. Siapkan ahli gizi pendamping, daftar bahan lokal, dan pencatatan berat badan bulanan.',
		lessons: 'Anak lebih mau makan masakan yang dimasak ibunya sendiri; perubahan kebiasaan lebih awet daripada bantuan makanan.',
		indicators: [
			{ name: 'Prevalensi stunting desa percontohan', baseline: '27,4', value: '19,8', unit: '%', measuredOn: '2024-02-29', source: 'e-PPGBM Puskesmas' },
			{ name: 'Balita sasaran dengan kenaikan berat badan sesuai kurva', baseline: '41', value: '83', unit: '%', measuredOn: '2023-06-30', source: 'Buku KIA dan register posyandu' }
		],
		themes: ['penurunan-stunting', 'kesehatan', 'ketahanan-pangan'],
		sdgs: [2, 3],
		tags: ['stunting', 'posyandu', 'pangan lokal'],
		awards: '',
		publishedDaysAgo: 75,
		views: 663,
		board: [
			{ name: 'Rumusan masalah', color: 'red', notes: ['PMT pabrikan tidak dimakan anak', 'Ibu tidak tahu menu bergizi dari bahan lokal'] },
			{ name: 'Ide terpilih', color: 'green', notes: ['Kelas masak bersama di posyandu, 2x sepekan', 'Bahan dari nelayan & petani desa'] },
			{ name: 'Hasil uji', color: 'violet', notes: ['30 hari: 70% anak habiskan porsi', 'Kader minta kartu resep bergambar'] }
		]
	},
	{
		title: 'PETIR: Perizinan Tuntas dalam Satu Hari',
		lead: 'peserta4@ruangpijar.id',
		members: ['peserta3@ruangpijar.id'],
		status: 'published',
		agency: { name: 'Pemerintah Kota Surabaya', kind: 'pemkot', provinceCode: '35' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kota Surabaya',
		stage: 'dilembagakan',
		form: 'tata_kelola',
		isDigital: true,
		startedOn: '2023-01-16',
		cohort: 'Pelatihan Kepemimpinan Administrator Angkatan I 2023',
		summary:
			'Verifikasi teknis izin usaha mikro dan kecil dikerjakan bersamaan oleh semua dinas dalam satu ruang kerja digital, bukan berurutan dari meja ke meja. Izin berisiko rendah kini terbit dalam satu hari kerja, dari sebelumnya rata-rata 12 hari.',
		background: 'Pelaku usaha mengeluhkan izin yang berpindah dari satu dinas ke dinas lain; satu berkas bisa menunggu berhari-hari di satu meja tanpa ada yang tahu.',
		solution: 'Satu ruang kerja digital menampilkan setiap berkas kepada semua verifikator sekaligus, dengan tenggat per dinas dan eskalasi otomatis ke kepala bidang bila terlambat.',
		novelty: 'Verifikasi paralel dengan tenggat yang terlihat publik di halaman lacak berkas.',
		results: 'Sebanyak 9.800 izin usaha mikro dan kecil terbit dalam satu hari kerja pada 2024; pengaduan soal keterlambatan izin turun 76%.',
		beneficiaries: 'Pelaku usaha mikro dan kecil, terutama pedagang kuliner dan jasa rumahan.',
		partners: 'DPMPTSP, dinas teknis terkait, dan asosiasi UMKM yang menguji alur sejak awal.',
		resources: 'Pengembangan internal oleh tim pranata komputer; tidak ada pengadaan baru.',
		challenges: 'Sebagian verifikator terbiasa bekerja dengan berkas kertas. Kami mendampingi mereka dua pekan dan menampilkan tenggat secara terbuka.',
		successConditions: 'Komitmen kepala daerah untuk menetapkan tenggat per dinas, dan integrasi dengan OSS.',
		sustainability: 'Tenggat verifikasi ditetapkan dalam Peraturan Wali Kota; sistem dikelola Diskominfo.',
		replicability: 'Prasyarat: integrasi OSS-RBA, daftar verifikator per jenis izin, dan aturan eskalasi yang disepakati dinas.',
		lessons: 'Membuat antrean berkas terlihat oleh semua orang adalah pendorong perubahan paling kuat.',
		indicators: [
			{ name: 'Waktu terbit izin usaha berisiko rendah', baseline: '12', value: '1', unit: 'hari kerja', measuredOn: '2024-12-31', source: 'Dasbor DPMPTSP' },
			{ name: 'Pengaduan keterlambatan izin', baseline: '342', value: '81', unit: 'pengaduan/tahun', measuredOn: '2024-12-31', source: 'Kanal pengaduan daerah' }
		],
		themes: ['perizinan-investasi', 'tata-kelola', 'ekonomi-umkm'],
		sdgs: [8, 16],
		tags: ['perizinan', 'umkm', 'oss'],
		awards: 'Top 99 KIPP 2024',
		publishedDaysAgo: 40,
		views: 934
	},
	{
		title: 'Bank Sampah Digital Sekolah',
		lead: 'peserta2@ruangpijar.id',
		members: [],
		status: 'published',
		agency: { name: 'Pemerintah Kota Balikpapan', kind: 'pemkot', provinceCode: '64' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kota Balikpapan',
		stage: 'uji_coba',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2025-01-20',
		cohort: 'Latsar CPNS Angkatan V 2025',
		summary:
			'Siswa menabung sampah terpilah di bank sampah sekolah dan melihat saldonya di aplikasi sederhana. Saldo bisa ditukar dengan alat tulis atau dibayarkan untuk iuran kegiatan. Uji coba di 8 SD mengurangi sampah yang dibuang ke TPS sekolah sebesar 38%.',
		background: 'Sekolah menghasilkan banyak sampah plastik kemasan jajanan, dan bank sampah kelurahan jarang dikunjungi anak-anak.',
		solution: 'Setiap siswa punya kartu QR; petugas bank sampah sekolah (siswa kelas 6 yang bergiliran) menimbang dan mencatat setoran lewat ponsel.',
		novelty: 'Siswa menjadi pengelola bank sampah, dan saldo terhubung dengan koperasi sekolah.',
		results: 'Dalam empat bulan terkumpul 6,4 ton sampah terpilah; sampah ke TPS sekolah turun 38%.',
		beneficiaries: '2.900 siswa dan guru di 8 SD percontohan.',
		partners: 'Dinas Lingkungan Hidup, Dinas Pendidikan, bank sampah induk kota, dan pengepul plastik.',
		resources: 'Timbangan digital dan kartu QR (Rp 3 juta per sekolah), aplikasi dibuat tim Diskominfo.',
		challenges: 'Harga plastik daur ulang naik-turun; kami menetapkan harga tetap per semester bersama bank sampah induk.',
		successConditions: 'Guru pembina yang aktif dan pengepul yang mengambil sampah secara rutin.',
		sustainability: 'Direncanakan menjadi bagian program Adiwiyata kota mulai tahun ajaran baru.',
		replicability: 'Butuh bank sampah induk di kota, timbangan, dan satu guru pembina per sekolah. Aplikasi dapat dibagikan.',
		lessons: 'Anak-anak lebih disiplin memilah ketika mereka sendiri yang menjadi petugas.',
		indicators: [
			{ name: 'Sampah sekolah yang dibuang ke TPS', baseline: '100', value: '62', unit: '% dari awal', measuredOn: '2025-05-31', source: 'Catatan DLH' },
			{ name: 'Sampah terpilah terkumpul', baseline: '0', value: '6,4', unit: 'ton', measuredOn: '2025-05-31', source: 'Aplikasi bank sampah sekolah' }
		],
		themes: ['lingkungan-hidup', 'pendidikan'],
		sdgs: [12, 13, 4],
		tags: ['bank sampah', 'sekolah', 'daur ulang'],
		awards: '',
		publishedDaysAgo: 12,
		views: 201
	},
	{
		title: 'Pasar Tani Daring BUMDes',
		lead: 'peserta3@ruangpijar.id',
		members: [],
		mentor: true,
		status: 'published',
		agency: { name: 'Pemerintah Kabupaten Banyuwangi', kind: 'pemkab', provinceCode: '35' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kabupaten Banyuwangi',
		stage: 'direplikasi',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2021-09-01',
		cohort: 'Pelatihan Kepemimpinan Administrator Angkatan II 2021',
		summary:
			'BUMDes mengumpulkan pesanan hasil tani dari kantor, hotel, dan rumah tangga di kota lewat katalog daring, lalu mengantar langsung dari petani. Harga di tingkat petani naik rata-rata 22%, dan model ini sudah ditiru 14 kabupaten.',
		background: 'Petani sayur menjual ke tengkulak dengan harga rendah, sementara kantor pemerintah dan hotel membeli dari pasar induk dengan harga tinggi.',
		solution: 'Katalog daring dikelola BUMDes; pesanan dikumpulkan hingga pukul 14.00 lalu dipanen dan diantar keesokan pagi. ASN didorong memesan lewat koperasi kantor.',
		novelty: 'Pemerintah daerah menjadi pembeli pertama yang menjamin permintaan, sehingga BUMDes berani memulai.',
		results: 'Transaksi mencapai Rp 2,1 miliar pada 2024; 640 petani menjual lewat katalog.',
		beneficiaries: 'Petani sayur dan buah di 38 desa, serta pembeli di kota.',
		partners: 'Dinas Pertanian, Dinas PMD, koperasi ASN, dan asosiasi hotel.',
		resources: 'Katalog memakai platform toko daring gratis; biaya utama adalah kendaraan pengantar milik BUMDes.',
		challenges: 'Kualitas panen tidak seragam; BUMDes membuat standar sortir sederhana dan foto contoh di katalog.',
		successConditions: 'BUMDes yang sehat secara keuangan dan pembeli institusi yang setia.',
		sustainability: 'Mandiri secara usaha sejak 2023; margin BUMDes 8% menutup biaya operasional.',
		replicability: 'Sudah direplikasi 14 kabupaten. Prasyarat: BUMDes aktif, kendaraan pengantar, dan komitmen pembeli institusi di tahun pertama.',
		lessons: 'Mulai dari satu komoditas dan satu pembeli besar, lalu bertambah pelan-pelan.',
		indicators: [
			{ name: 'Harga jual di tingkat petani', baseline: '100', value: '122', unit: 'indeks', measuredOn: '2024-12-31', source: 'Survei harga Dinas Pertanian' },
			{ name: 'Kabupaten yang mereplikasi', baseline: '0', value: '14', unit: 'kabupaten', measuredOn: '2025-03-31', source: 'Catatan tim inovasi' }
		],
		themes: ['ekonomi-umkm', 'ketahanan-pangan', 'pengentasan-kemiskinan'],
		sdgs: [1, 2, 8],
		tags: ['bumdes', 'petani', 'pasar daring'],
		awards: 'Top 45 KIPP 2022\nInovasi Desa Terbaik Jawa Timur 2023',
		publishedDaysAgo: 300,
		views: 2210
	},
	{
		title: 'Rapor Kinerja ASN Terpadu',
		lead: 'peserta@ruangpijar.id',
		members: ['peserta4@ruangpijar.id'],
		status: 'published',
		agency: { name: 'Pemerintah Provinsi Jawa Barat', kind: 'pemprov', provinceCode: '32' },
		governmentLevel: 'provinsi',
		regency: '',
		stage: 'diterapkan',
		form: 'tata_kelola',
		isDigital: true,
		startedOn: '2024-07-01',
		cohort: 'Pelatihan Kepemimpinan Nasional Tingkat II 2024',
		summary:
			'Pegawai, atasan, dan biro organisasi melihat capaian kinerja yang sama dalam satu rapor bulanan yang ditarik otomatis dari sistem perencanaan dan keuangan. Waktu penyusunan laporan kinerja perangkat daerah turun dari 15 hari menjadi 3 hari.',
		background: 'Laporan kinerja disusun manual dari banyak berkas; angka sering berbeda antara bagian perencanaan, keuangan, dan kepegawaian.',
		solution: 'Rapor bulanan menarik data realisasi anggaran, capaian indikator, dan presensi dari sistem yang sudah ada, lalu menampilkannya per pegawai dan per unit.',
		novelty: 'Satu sumber angka untuk semua pihak; atasan memberi umpan balik langsung di rapor.',
		results: 'Penyusunan laporan kinerja perangkat daerah kini 3 hari; 94% pegawai mengisi rencana kerja tepat waktu.',
		beneficiaries: 'Sekitar 21.000 ASN provinsi dan pimpinan perangkat daerah.',
		partners: 'Biro Organisasi, Bappeda, BPKAD, dan BKD.',
		resources: 'Dikembangkan oleh Diskominfo provinsi dengan anggaran rutin pengembangan aplikasi.',
		challenges: 'Kode indikator berbeda antarsistem; kami membuat tabel padanan yang dirawat Bappeda.',
		successConditions: 'Data perencanaan dan keuangan yang sudah elektronik, dan sekretaris daerah yang memimpin perubahan.',
		sustainability: 'Diatur dalam Peraturan Gubernur tentang manajemen kinerja ASN.',
		replicability: 'Prasyarat: sistem perencanaan dan keuangan elektronik serta sistem presensi. Skema data kami bagikan.',
		lessons: 'Integrasi data lebih sulit secara organisasi daripada secara teknis.',
		indicators: [
			{ name: 'Waktu penyusunan laporan kinerja perangkat daerah', baseline: '15', value: '3', unit: 'hari', measuredOn: '2025-01-31', source: 'Biro Organisasi' }
		],
		themes: ['birokrasi-berdampak', 'tata-kelola'],
		sdgs: [16],
		tags: ['manajemen kinerja', 'spbe'],
		awards: '',
		publishedDaysAgo: 25,
		views: 377
	},
	{
		title: 'SIAGA BANJIR: Peta Genangan dari Laporan Warga',
		lead: 'peserta4@ruangpijar.id',
		members: [],
		status: 'published',
		agency: { name: 'Pemerintah Kota Semarang', kind: 'pemkot', provinceCode: '33' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kota Semarang',
		stage: 'diterapkan',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2023-11-01',
		cohort: 'Latsar CPNS Angkatan VIII 2023',
		summary:
			'Warga melaporkan genangan dengan foto dan lokasi lewat kanal pengaduan kota; laporan terverifikasi tampil di peta publik dan langsung diteruskan ke regu pompa terdekat. Waktu tanggap regu pompa turun dari 3 jam menjadi 50 menit.',
		background: 'Genangan di kawasan pesisir sering baru diketahui setelah jalan lumpuh; regu pompa bergerak berdasarkan telepon yang tidak tercatat.',
		solution: 'Laporan warga masuk ke kanal pengaduan kota, diverifikasi petugas piket, ditampilkan di peta, dan dikirim ke regu pompa wilayah lewat pesan otomatis.',
		novelty: 'Peta genangan terbuka untuk publik secara waktu nyata, sehingga warga bisa memilih jalur dan regu pompa bisa diprioritaskan.',
		results: 'Pada musim hujan 2024, 1.260 laporan tertangani; waktu tanggap rata-rata 50 menit.',
		beneficiaries: 'Warga kawasan rawan genangan dan pengguna jalan.',
		partners: 'BPBD, Dinas Pekerjaan Umum, komunitas relawan banjir, dan radio lokal.',
		resources: 'Memakai kanal pengaduan yang sudah ada; tambahan peta dan integrasi pesan dikembangkan internal.',
		challenges: 'Laporan ganda dari satu lokasi; sistem kini menggabungkan laporan dalam radius 100 meter.',
		successConditions: 'Petugas piket verifikasi 24 jam selama musim hujan.',
		sustainability: 'Masuk ke prosedur tetap siaga banjir BPBD.',
		replicability: 'Cocok untuk kota dengan kanal pengaduan terpadu. Prasyarat: petugas verifikasi dan daftar regu per wilayah.',
		lessons: 'Warga mau melapor bila melihat laporannya ditindaklanjuti di peta.',
		indicators: [
			{ name: 'Waktu tanggap regu pompa', baseline: '180', value: '50', unit: 'menit', measuredOn: '2024-03-31', source: 'Log kanal pengaduan' }
		],
		themes: ['kebencanaan', 'layanan-publik-digital', 'lingkungan-hidup'],
		sdgs: [11, 13],
		tags: ['banjir', 'peta', 'pengaduan'],
		awards: '',
		publishedDaysAgo: 160,
		views: 548
	},
	{
		title: 'Konseling Remaja Daring Puskesmas',
		lead: 'peserta3@ruangpijar.id',
		members: ['peserta4@ruangpijar.id'],
		mentor: true,
		status: 'submitted',
		agency: { name: 'Pemerintah Kota Makassar', kind: 'pemkot', provinceCode: '73' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kota Makassar',
		stage: 'uji_coba',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2025-03-03',
		cohort: 'Latsar CPNS Angkatan II 2025',
		summary:
			'Remaja dapat berkonsultasi tentang kesehatan jiwa dan kesehatan reproduksi dengan tenaga kesehatan puskesmas melalui obrolan daring yang rahasia, dengan jadwal sore hari setelah sekolah. Uji coba di dua puskesmas melayani 230 remaja dalam tiga bulan.',
		background: 'Remaja enggan datang ke puskesmas untuk konseling karena takut dilihat orang yang dikenal, dan jam layanan bentrok dengan jam sekolah.',
		solution: 'Layanan obrolan daring dengan nama samaran, dijawab bidan dan psikolog puskesmas pukul 15.00–20.00, dengan rujukan tatap muka bila perlu.',
		novelty: 'Konseling remaja oleh puskesmas dengan nama samaran dan jam sore.',
		results: 'Dalam tiga bulan, 230 remaja berkonsultasi; 31 dirujuk ke layanan tatap muka dan semuanya datang.',
		beneficiaries: 'Remaja usia 13–19 tahun di wilayah dua puskesmas.',
		partners: 'Dinas Kesehatan, Dinas Pendidikan, dan forum anak kota.',
		resources: 'Platform obrolan gratis, dua tenaga kesehatan per puskesmas bergiliran.',
		challenges: 'Menjaga kerahasiaan sambil memastikan keselamatan remaja yang berisiko.',
		successConditions: 'Protokol rujukan darurat yang jelas.',
		sustainability: 'Diusulkan masuk ke program PKPR kota.',
		replicability: 'Butuh tenaga kesehatan terlatih konseling remaja dan protokol rujukan.',
		lessons: 'Jam layanan yang sesuai kebiasaan remaja sama pentingnya dengan kerahasiaan.',
		indicators: [
			{ name: 'Remaja yang berkonsultasi', baseline: '12', value: '230', unit: 'orang/3 bulan', measuredOn: '2025-06-03', source: 'Rekap layanan puskesmas' }
		],
		themes: ['kesehatan', 'inklusi-gender'],
		sdgs: [3, 5],
		tags: ['remaja', 'kesehatan jiwa'],
		awards: ''
	},
	{
		title: 'Rapor Layanan Kelurahan',
		lead: 'peserta@ruangpijar.id',
		members: ['peserta2@ruangpijar.id'],
		status: 'draft',
		agency: { name: 'Pemerintah Kota Surabaya', kind: 'pemkot', provinceCode: '35' },
		governmentLevel: 'kabupaten_kota',
		regency: 'Kota Surabaya',
		stage: 'gagasan',
		form: 'pelayanan_publik',
		isDigital: true,
		startedOn: '2025-08-01',
		cohort: '',
		summary: 'Warga menilai layanan kelurahan lewat kode QR di loket, dan hasilnya tampil setiap bulan di papan informasi kelurahan.',
		background: 'Kelurahan tidak punya umpan balik rutin dari warga tentang layanan yang mereka terima.',
		solution: '',
		novelty: '',
		results: '',
		beneficiaries: '',
		partners: '',
		resources: '',
		challenges: '',
		successConditions: '',
		sustainability: '',
		replicability: '',
		lessons: '',
		indicators: [],
		themes: ['tata-kelola'],
		sdgs: [16],
		tags: ['survei kepuasan'],
		awards: ''
	}
];
