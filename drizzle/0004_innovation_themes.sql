-- Custom SQL migration file, put your code below! --
-- Program themes are data (they change yearly): standing themes have no year, yearly focus themes do.
INSERT INTO "themes" ("slug", "name_id", "name_en", "year") VALUES
('layanan-publik-digital','Transformasi digital layanan publik','Digital transformation of public services',NULL),
('kesehatan','Kesehatan','Health',NULL),
('pendidikan','Pendidikan','Education',NULL),
('pengentasan-kemiskinan','Pengentasan kemiskinan','Poverty reduction',NULL),
('ketahanan-pangan','Ketahanan pangan','Food security',NULL),
('ekonomi-umkm','Pemberdayaan ekonomi dan UMKM','Economic empowerment and small business',NULL),
('lingkungan-hidup','Lingkungan hidup dan perubahan iklim','Environment and climate change',NULL),
('tata-kelola','Tata kelola pemerintahan','Public governance',NULL),
('inklusi-gender','Kesetaraan gender dan inklusi sosial','Gender equality and social inclusion',NULL),
('kebencanaan','Penanggulangan bencana','Disaster management',NULL),
('perizinan-investasi','Perizinan dan investasi','Licensing and investment',NULL),
('administrasi-kependudukan','Administrasi kependudukan','Civil registration',NULL),
('penurunan-stunting','Percepatan penurunan stunting','Accelerating stunting reduction',2024),
('kemiskinan-ekstrem','Penghapusan kemiskinan ekstrem','Eliminating extreme poverty',2025),
('birokrasi-berdampak','Birokrasi berdampak dan SPBE','Impactful bureaucracy and e-government',2026)
ON CONFLICT ("slug") DO UPDATE SET "name_id" = EXCLUDED."name_id", "name_en" = EXCLUDED."name_en", "year" = EXCLUDED."year";
