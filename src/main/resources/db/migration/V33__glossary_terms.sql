-- One vocabulary per language (docs/glossary.md; GlossaryTests fails on a listed wrong variant). Only translation
-- rows change: the English seed passages stay verbatim. REPLACE runs on H2 and PostgreSQL alike.

-- Turkish: no English acronyms in Turkish text; "offline" said in words a reader uses.
update guide_text set content = replace(replace(content, ' (DGMM)', ''), ' (PMM)', '') where locale = 'tr';
update guide_text set content = replace(content, 'çevrim dışı yöntemleri', 'şahsen ya da telefonla başvurmayı') where locale = 'tr';
update guide_text set content = replace(content, 'çevrim dışı resmî kanallar', 'yüz yüze ya da telefonla kullanılan resmî kanallar') where locale = 'tr';
update guide_text set content = replace(content, 'çevrim dışı kanallar', 'yüz yüze ya da telefonla kullanılan kanallar') where locale = 'tr';

-- Arabic: the provincial directorate by its full name (İl Göç İdaresi Müdürlüğü), not the shortened "مديرية الهجرة".
update guide_text set content = replace(content, 'مديرية الهجرة', 'مديرية إدارة الهجرة') where locale = 'ar';
update guide_section_text set title = replace(title, 'مديرية الهجرة', 'مديرية إدارة الهجرة') where locale = 'ar';

-- Persian: the Presidency as "سازمان مدیریت مهاجرت" (not the calque "ریاست …"); no "غیرآنلاین"; legal aid is not
-- promised to be free (the English does not say so).
update guide_text set content = replace(content, 'ریاست مدیریت مهاجرت', 'سازمان مدیریت مهاجرت') where locale = 'fa';
update guide_text set content = replace(content, 'غیرآنلاین', 'حضوری یا تلفنی') where locale = 'fa';
update guide_text set content = replace(content, 'کمک حقوقی رایگان', 'کمک حقوقی') where locale = 'fa';

-- Russian: the pre-2021 name written out instead of "ведомства DGMM"; the Presidency as "Президентство по управлению
-- миграцией" (the 2021 renaming is not a downgrade); the permit is "вид на жительство"; legal aid not promised free.
update guide_text set content = 'С октября 2021 года Главное управление миграционной службы (Göç İdaresi Genel Müdürlüğü) преобразовано в Президентство по управлению миграцией (Göç İdaresi Başkanlığı). Там, где в этом руководстве упоминается Главное управление миграционной службы, следует читать «Президентство по управлению миграцией». Официальный сайт по-прежнему www.goc.gov.tr.' where item_id = 801 and locale = 'ru' and part = 'body';
update guide_text set content = 'Указ Президента № 85, «Официальная газета» (Resmî Gazete) от 29 октября 2021 г.; Президентство по управлению миграцией (Göç İdaresi Başkanlığı), www.goc.gov.tr' where item_id = 801 and locale = 'ru' and part = 'source';
update guide_text set content = replace(content, 'при Управлении миграционной службы (PMM)', 'при Президентстве по управлению миграцией') where locale = 'ru';
update guide_text set content = replace(content, '(DGMM, Göç İdaresi Genel Müdürlüğü)', '(Göç İdaresi Genel Müdürlüğü)') where locale = 'ru';
update guide_text set content = replace(content, 'ведомства DGMM', 'Главного управления миграционной службы') where locale = 'ru';
update guide_text set content = replace(content, 'ведёт DGMM', 'ведёт Главное управление миграционной службы') where locale = 'ru';
update guide_text set content = replace(content, 'DGMM', 'Главного управления миграционной службы') where locale = 'ru';
update guide_text set content = replace(content, 'действует разрешение', 'действует вид на жительство') where locale = 'ru';
update guide_text set content = replace(content, 'бесплатную юридическую помощь', 'юридическую помощь') where locale = 'ru';

-- Chinese: one name for the provincial directorate (省移民管理办公室, apart from 移民管理局 = the Presidency), one for
-- the card (居留许可卡), headings that do not read as software jargon.
update guide_text set content = replace(content, '移民管理办公室', '省移民管理办公室') where locale = 'zh';
update guide_text set content = replace(replace(content, '当地省移民管理办公室', '省移民管理办公室'), '省省移民管理办公室', '省移民管理办公室') where locale = 'zh';
update guide_text set content = replace(content, '省移民管理局', '省移民管理办公室') where locale = 'zh';
update guide_text set content = replace(content, '居留卡', '居留许可卡') where locale = 'zh';
update guide_section_text set title = replace(title, '移民管理办公室', '省移民管理办公室') where locale = 'zh';
update guide_section_text set title = '常见错误及纠正方法' where locale = 'zh' and title = '常见错误与修复';
update guide_section_text set title = '向官方核实的要点' where locale = 'zh' and title = '官方核验点';
