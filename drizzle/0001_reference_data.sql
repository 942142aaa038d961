-- Custom SQL migration file, put your code below! --
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
INSERT INTO "provinces" ("code", "name") VALUES
('11','Aceh'),('12','Sumatera Utara'),('13','Sumatera Barat'),('14','Riau'),('15','Jambi'),
('16','Sumatera Selatan'),('17','Bengkulu'),('18','Lampung'),('19','Kepulauan Bangka Belitung'),
('21','Kepulauan Riau'),('31','DKI Jakarta'),('32','Jawa Barat'),('33','Jawa Tengah'),
('34','Daerah Istimewa Yogyakarta'),('35','Jawa Timur'),('36','Banten'),('51','Bali'),
('52','Nusa Tenggara Barat'),('53','Nusa Tenggara Timur'),('61','Kalimantan Barat'),
('62','Kalimantan Tengah'),('63','Kalimantan Selatan'),('64','Kalimantan Timur'),
('65','Kalimantan Utara'),('71','Sulawesi Utara'),('72','Sulawesi Tengah'),('73','Sulawesi Selatan'),
('74','Sulawesi Tenggara'),('75','Gorontalo'),('76','Sulawesi Barat'),('81','Maluku'),
('82','Maluku Utara'),('91','Papua'),('92','Papua Barat'),('93','Papua Selatan'),('94','Papua Tengah'),
('95','Papua Pegunungan'),('96','Papua Barat Daya')
ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name";
--> statement-breakpoint
INSERT INTO "agency_kinds" ("slug", "name_id", "name_en", "level") VALUES
('kementerian','Kementerian','Ministry','pusat'),
('lpnk','Lembaga Pemerintah Nonkementerian','Non-ministerial government agency','pusat'),
('lns','Lembaga Nonstruktural','Non-structural agency','pusat'),
('pemprov','Pemerintah Provinsi','Provincial government','provinsi'),
('pemkab','Pemerintah Kabupaten','Regency government','kabupaten_kota'),
('pemkot','Pemerintah Kota','City government','kabupaten_kota')
ON CONFLICT ("slug") DO NOTHING;
--> statement-breakpoint
INSERT INTO "sdgs" ("number", "name_id", "name_en") VALUES
(1,'Tanpa Kemiskinan','No Poverty'),
(2,'Tanpa Kelaparan','Zero Hunger'),
(3,'Kehidupan Sehat dan Sejahtera','Good Health and Well-being'),
(4,'Pendidikan Berkualitas','Quality Education'),
(5,'Kesetaraan Gender','Gender Equality'),
(6,'Air Bersih dan Sanitasi Layak','Clean Water and Sanitation'),
(7,'Energi Bersih dan Terjangkau','Affordable and Clean Energy'),
(8,'Pekerjaan Layak dan Pertumbuhan Ekonomi','Decent Work and Economic Growth'),
(9,'Industri, Inovasi dan Infrastruktur','Industry, Innovation and Infrastructure'),
(10,'Berkurangnya Kesenjangan','Reduced Inequalities'),
(11,'Kota dan Permukiman yang Berkelanjutan','Sustainable Cities and Communities'),
(12,'Konsumsi dan Produksi yang Bertanggung Jawab','Responsible Consumption and Production'),
(13,'Penanganan Perubahan Iklim','Climate Action'),
(14,'Ekosistem Lautan','Life Below Water'),
(15,'Ekosistem Daratan','Life on Land'),
(16,'Perdamaian, Keadilan dan Kelembagaan yang Tangguh','Peace, Justice and Strong Institutions'),
(17,'Kemitraan untuk Mencapai Tujuan','Partnerships for the Goals')
ON CONFLICT ("number") DO NOTHING;
