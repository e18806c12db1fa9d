-- Editor's notes (ERRATUM) beside seed passages that are wrong, outdated or unsafe, in all six languages. The seed's
-- English stays verbatim; each note names the passages it concerns in refs and its official source in source_url.
-- Sources read on 2026-12-01: yimer.gov.tr/TR/Index and yimer.gov.tr/TR/SSS (YİMER, the Presidency's communication
-- centre for foreigners); Law No. 6458 on Foreigners and International Protection (Official Gazette of 11 April 2013).

insert into guide_item (id, section_id, item_key, kind, position, refs, source_url) values
    (804, 8, 'decision-period', 'ERRATUM', 4, 'faq/status-update-time mistakes/immediate-update', 'https://yimer.gov.tr/TR/Index'),
    (805, 8, 'missing-documents', 'ERRATUM', 5, 'faq/additional-documents-required', 'https://yimer.gov.tr/TR/Index'),
    (806, 8, 'apply-online', 'ERRATUM', 6, 'steps/step-1 checklist/check-1', 'https://yimer.gov.tr/TR/SSS'),
    (807, 8, 'portal-statuses', 'ERRATUM', 7, 'overview/answer overview/key-point-2 steps/step-3 methods/online faq/official-website', 'https://yimer.gov.tr/TR/Index');

-- Note 802 (no password in the status query) also concerns the FAQ on someone else checking for you.
update guide_item set refs = refs || ' faq/someone-else' where id = 802;

insert into guide_text (item_id, locale, part, content) values
    (804, 'en', 'body', 'The law sets a limit: a residence-permit application is decided within 90 days at the latest once the file is complete (Law No. 6458 on Foreigners and International Protection, art. 21(5)). YİMER’s guidance adds that long-term residence-permit applications in İstanbul and Antalya may take up to 180 days; that is guidance, not law. The status on e-İkamet may stay the same for weeks in between.'),
    (804, 'en', 'source', 'Law No. 6458, art. 21(5); YİMER, yimer.gov.tr/TR/Index'),
    (805, 'en', 'body', 'If documents are missing, you are told so, and up to 30 days may be given to complete them: the notice in e-İkamet states the deadline, counted from the date shown there. If the documents are not completed in time, the application is removed from processing (işlemden kaldırılır), not merely delayed. Hand them in exactly as the notice says; do not assume that they can be uploaded online.'),
    (805, 'en', 'source', 'YİMER (Foreigners Communication Centre), yimer.gov.tr/TR/Index'),
    (806, 'en', 'body', 'Applications are not started at an office. You apply online on e-ikamet.goc.gov.tr while your legal stay lasts, and then attend an appointment at the provincial directorate of migration management (İl Göç İdaresi Müdürlüğü) with the documents asked for.'),
    (806, 'en', 'source', 'YİMER, frequently asked questions, yimer.gov.tr/TR/SSS'),
    (807, 'en', 'body', 'e-İkamet does not show real-time updates. It shows the stage your application has reached, and that changes only when the file moves on: the appointment and documents, the evaluation (up to 90 days once the file is complete), then the card, which is printed and sent by PTT. Weeks without a change are normal.'),
    (807, 'en', 'source', 'YİMER (Foreigners Communication Centre), yimer.gov.tr/TR/Index'),

    (804, 'tr', 'body', 'Kanun bir üst sınır koyar: İkamet izni başvurusu, dosya eksiksiz olduktan sonra en geç 90 gün içinde sonuçlandırılır (6458 sayılı Yabancılar ve Uluslararası Koruma Kanunu, md. 21/5). YİMER’in bilgilendirmesine göre İstanbul ve Antalya’da uzun dönem ikamet izni başvurularının değerlendirilmesi 180 güne kadar sürebilir; bu bir bilgilendirmedir, kanun hükmü değildir. Bu süre içinde e-İkamet’teki durum haftalarca değişmeyebilir.'),
    (804, 'tr', 'source', '6458 sayılı Kanun, md. 21/5; YİMER, yimer.gov.tr/TR/Index'),
    (805, 'tr', 'body', 'Eksik belge varsa size bildirilir ve tamamlanması için 30 güne kadar süre verilebilir: Son tarihi e-İkamet’teki bildirim belirtir; süre orada gösterilen tarihten itibaren işler. Eksik belgeler verilen süre içinde tamamlanmazsa başvuru yalnızca gecikmez, işlemden kaldırılır. Belgeleri tam olarak bildirimde yazdığı şekilde teslim edin; çevrim içi yüklenebileceklerini varsaymayın.'),
    (805, 'tr', 'source', 'YİMER (Yabancılar İletişim Merkezi), yimer.gov.tr/TR/Index'),
    (806, 'tr', 'body', 'Başvurular bir ofiste başlatılmaz. Yasal kalış süreniz içinde e-ikamet.goc.gov.tr adresinden çevrim içi başvurursunuz; ardından istenen belgelerle İl Göç İdaresi Müdürlüğündeki randevunuza katılırsınız.'),
    (806, 'tr', 'source', 'YİMER, Sıkça Sorulan Sorular, yimer.gov.tr/TR/SSS'),
    (807, 'tr', 'body', 'e-İkamet anlık güncelleme göstermez. Başvurunuzun ulaştığı aşamayı gösterir ve bu ancak dosya bir sonraki aşamaya geçtiğinde değişir: randevu ve belgeler, değerlendirme (dosya eksiksiz olduktan sonra 90 güne kadar), ardından basılıp PTT aracılığıyla gönderilen kart. Haftalarca değişiklik olmaması olağandır.'),
    (807, 'tr', 'source', 'YİMER (Yabancılar İletişim Merkezi), yimer.gov.tr/TR/Index'),

    (804, 'ar', 'body', 'يضع القانون حدًّا أقصى: يُبتّ في طلب تصريح الإقامة خلال 90 يومًا على الأكثر بعد اكتمال الملف (القانون رقم 6458 بشأن الأجانب والحماية الدولية، المادة 21/5). وتضيف إرشادات YİMER أن طلبات تصريح الإقامة طويلة الأمد في إسطنبول وأنطاليا قد تستغرق حتى 180 يومًا؛ وهذه إرشادات وليست نصًّا قانونيًّا. وقد تبقى الحالة في e-İkamet دون تغيير أسابيع خلال ذلك.'),
    (804, 'ar', 'source', 'القانون رقم 6458، المادة 21/5؛ YİMER، yimer.gov.tr/TR/Index'),
    (805, 'ar', 'body', 'إذا نقصت وثائق فسيُبلَّغ بذلك، وقد تُمنح مهلة تصل إلى 30 يومًا لاستكمالها: يحدد الإشعار في e-İkamet الموعد النهائي، وتُحسب المهلة من التاريخ المبيَّن فيه. وإذا لم تُستكمل الوثائق في الوقت المحدد فلا يتأخر الطلب فحسب، بل يُرفع من المعالجة (işlemden kaldırılır). سلّم الوثائق كما يذكر الإشعار تمامًا، ولا تفترض أنه يمكن رفعها عبر الإنترنت.'),
    (805, 'ar', 'source', 'YİMER (مركز اتصال الأجانب)، yimer.gov.tr/TR/Index'),
    (806, 'ar', 'body', 'لا يبدأ الطلب في مكتب. تقدّم طلبك عبر الإنترنت على e-ikamet.goc.gov.tr ما دامت مدة إقامتك القانونية سارية، ثم تحضر موعدك في مديرية إدارة الهجرة في الولاية (İl Göç İdaresi Müdürlüğü) ومعك الوثائق المطلوبة.'),
    (806, 'ar', 'source', 'YİMER، الأسئلة الشائعة، yimer.gov.tr/TR/SSS'),
    (807, 'ar', 'body', 'لا يعرض e-İkamet تحديثات لحظية. بل يعرض المرحلة التي بلغها طلبك، ولا تتغير إلا حين ينتقل الملف إلى المرحلة التالية: الموعد والوثائق، ثم التقييم (حتى 90 يومًا بعد اكتمال الملف)، ثم البطاقة التي تُطبع وتُرسل عبر PTT. ومن الطبيعي أن تمر أسابيع دون تغيير.'),
    (807, 'ar', 'source', 'YİMER (مركز اتصال الأجانب)، yimer.gov.tr/TR/Index'),

    (804, 'fa', 'body', 'قانون سقفی تعیین کرده است: درباره درخواست اجازه اقامت، پس از کامل شدن پرونده، حداکثر ظرف ۹۰ روز تصمیم گرفته می‌شود (قانون شماره ۶۴۵۸ درباره اتباع خارجی و حمایت بین‌المللی، ماده ۲۱ بند ۵). راهنمای YİMER می‌افزاید که بررسی درخواست‌های اجازه اقامت بلندمدت در استانبول و آنتالیا ممکن است تا ۱۸۰ روز طول بکشد؛ این راهنمایی است، نه حکم قانون. در این فاصله ممکن است وضعیت در e-İkamet هفته‌ها تغییر نکند.'),
    (804, 'fa', 'source', 'قانون شماره ۶۴۵۸، ماده ۲۱ بند ۵؛ YİMER، yimer.gov.tr/TR/Index'),
    (805, 'fa', 'body', 'اگر مدارکی ناقص باشد، به شما اطلاع داده می‌شود و ممکن است تا ۳۰ روز برای تکمیل آن مهلت داده شود: ابلاغیه در e-İkamet مهلت را تعیین می‌کند و مهلت از تاریخی که در آن آمده شمرده می‌شود. اگر مدارک در مهلت تکمیل نشود، درخواست فقط به تأخیر نمی‌افتد، بلکه از روند رسیدگی خارج می‌شود (işlemden kaldırılır). مدارک را دقیقاً همان‌طور که ابلاغیه می‌گوید تحویل دهید و فرض نکنید که می‌توان آن‌ها را آنلاین بارگذاری کرد.'),
    (805, 'fa', 'source', 'YİMER (مرکز ارتباط با اتباع خارجی)، yimer.gov.tr/TR/Index'),
    (806, 'fa', 'body', 'درخواست در یک دفتر آغاز نمی‌شود. تا زمانی که مدت اقامت قانونی شما ادامه دارد، درخواست را به‌صورت آنلاین در e-ikamet.goc.gov.tr ثبت می‌کنید و سپس با مدارک خواسته‌شده در نوبت خود در اداره مهاجرت استان (İl Göç İdaresi Müdürlüğü) حاضر می‌شوید.'),
    (806, 'fa', 'source', 'YİMER، پرسش‌های متداول، yimer.gov.tr/TR/SSS'),
    (807, 'fa', 'body', 'سامانه e-İkamet به‌روزرسانی لحظه‌ای نشان نمی‌دهد. این سامانه مرحله‌ای را که درخواست شما به آن رسیده نشان می‌دهد و این وضعیت فقط وقتی تغییر می‌کند که پرونده به مرحله بعد برود: نوبت و مدارک، بررسی (تا ۹۰ روز پس از کامل شدن پرونده)، سپس کارت که چاپ و از طریق PTT فرستاده می‌شود. گذشتن چند هفته بدون تغییر عادی است.'),
    (807, 'fa', 'source', 'YİMER (مرکز ارتباط با اتباع خارجی)، yimer.gov.tr/TR/Index'),

    (804, 'ru', 'body', 'Закон устанавливает предел: решение по заявлению на вид на жительство принимается не позднее чем через 90 дней после того, как комплект документов полон (Закон № 6458 об иностранцах и международной защите, ст. 21, ч. 5). В разъяснениях YİMER добавлено, что рассмотрение заявлений на долгосрочный вид на жительство в Стамбуле и Анталье может занять до 180 дней; это разъяснение, а не норма закона. Всё это время статус в e-İkamet может неделями не меняться.'),
    (804, 'ru', 'source', 'Закон № 6458, ст. 21, ч. 5; YİMER, yimer.gov.tr/TR/Index'),
    (805, 'ru', 'body', 'Если документов не хватает, вам сообщат об этом и могут дать до 30 дней, чтобы их представить: срок указан в уведомлении в e-İkamet и отсчитывается от даты, указанной там. Если документы не представлены вовремя, заявление не просто задерживается, а снимается с рассмотрения (işlemden kaldırılır). Сдайте документы именно так, как сказано в уведомлении; не рассчитывайте, что их можно загрузить онлайн.'),
    (805, 'ru', 'source', 'YİMER (Центр связи с иностранцами), yimer.gov.tr/TR/Index'),
    (806, 'ru', 'body', 'Заявление подают не в офисе. Его подают онлайн на e-ikamet.goc.gov.tr, пока длится ваш законный срок пребывания, а затем приходят на приём в провинциальное управление миграции (İl Göç İdaresi Müdürlüğü) с требуемыми документами.'),
    (806, 'ru', 'source', 'YİMER, часто задаваемые вопросы, yimer.gov.tr/TR/SSS'),
    (807, 'ru', 'body', 'e-İkamet не показывает обновления в реальном времени. Портал показывает этап, на котором находится ваше заявление, и он меняется, только когда дело переходит к следующему этапу: приём и документы, рассмотрение (до 90 дней после того, как комплект документов полон), затем карта, которую печатают и отправляют через PTT. Неделями без изменений — это нормально.'),
    (807, 'ru', 'source', 'YİMER (Центр связи с иностранцами), yimer.gov.tr/TR/Index'),

    (804, 'zh', 'body', '法律规定了上限：材料齐全后，居留许可申请最迟在90天内作出决定（关于外国人和国际保护的第6458号法律，第21条第5款）。YİMER 的说明另指出，伊斯坦布尔和安塔利亚的长期居留许可申请审理可能长达180天；这是说明，不是法律规定。在此期间，e-İkamet 上的状态可能数周不变。'),
    (804, 'zh', 'source', '第6458号法律第21条第5款；YİMER，yimer.gov.tr/TR/Index'),
    (805, 'zh', 'body', '如果缺少材料，您会收到通知，并可能获得最多30天的期限来补齐：截止日期以 e-İkamet 中的通知为准，从其中显示的日期起算。如未在期限内补齐材料，申请不只是被耽搁，而是会被撤出办理（işlemden kaldırılır）。请完全按照通知所述方式递交材料；不要以为可以在线上传。'),
    (805, 'zh', 'source', 'YİMER（外国人联络中心），yimer.gov.tr/TR/Index'),
    (806, 'zh', 'body', '申请不是在办公室开始的。您需在合法停留期内通过 e-ikamet.goc.gov.tr 在线申请，然后携带所要求的材料按预约前往省移民管理办公室（İl Göç İdaresi Müdürlüğü）。'),
    (806, 'zh', 'source', 'YİMER，常见问题，yimer.gov.tr/TR/SSS'),
    (807, 'zh', 'body', 'e-İkamet 不提供实时更新。它显示您的申请所处的阶段，只有当案卷进入下一阶段时才会变化：预约和递交材料，审理（材料齐全后最长90天），然后是居留许可卡的制作和通过 PTT 寄送。数周没有变化是正常的。'),
    (807, 'zh', 'source', 'YİMER（外国人联络中心），yimer.gov.tr/TR/Index');

-- Note 802: nobody needs your details to check for you (YİMER: the Presidency has no link with third persons).
update guide_text set content = content || ' Nobody needs your details to check for you: the Presidency of Migration Management has no link with third persons or agencies, and sharing your personal details with them is your own responsibility (YİMER). Never give your application number or identity details to anyone who offers to check your status.' where item_id = 802 and locale = 'en' and part = 'body';
update guide_text set content = content || ' Sizin adınıza sorgulama yapmak için kimsenin bilgilerinize ihtiyacı yoktur: Göç İdaresi Başkanlığının üçüncü kişi ya da kurumlarla ilişkisi bulunmamaktadır ve kişisel bilgilerinizi onlarla paylaşmak kendi sorumluluğunuzdadır (YİMER). Durumunuzu sizin için sorgulamayı teklif eden hiç kimseye başvuru numaranızı veya kimlik bilgilerinizi vermeyin.' where item_id = 802 and locale = 'tr' and part = 'body';
update guide_text set content = content || ' لا أحد يحتاج إلى بياناتك ليستعلم نيابةً عنك: فليس لرئاسة إدارة الهجرة أي علاقة بأشخاص أو جهات ثالثة، ومشاركة بياناتك الشخصية معهم مسؤوليتك أنت (YİMER). لا تعطِ رقم طلبك أو بيانات هويتك لأي شخص يعرض الاستعلام عن حالتك.' where item_id = 802 and locale = 'ar' and part = 'body';
update guide_text set content = content || ' هیچ‌کس برای استعلام به جای شما به اطلاعاتتان نیاز ندارد: سازمان مدیریت مهاجرت با اشخاص یا مؤسسه‌های ثالث هیچ ارتباطی ندارد و در میان گذاشتن اطلاعات شخصی با آنان مسئولیت خود شماست (YİMER). شماره درخواست یا اطلاعات هویتی خود را به کسی که پیشنهاد می‌کند وضعیت شما را استعلام کند ندهید.' where item_id = 802 and locale = 'fa' and part = 'body';
update guide_text set content = content || ' Никому не нужны ваши данные, чтобы проверить статус за вас: Президентство по управлению миграцией не связано ни с какими третьими лицами или организациями, а передавать им личные данные — ваша собственная ответственность (YİMER). Никогда не сообщайте номер заявления или данные документов тому, кто предлагает проверить статус за вас.' where item_id = 802 and locale = 'ru' and part = 'body';
update guide_text set content = content || ' 任何人都不需要您的信息来代您查询：移民管理局与任何第三方个人或机构没有关系，向他们提供个人信息由您自行负责（YİMER）。切勿把申请编号或身份信息交给任何提出代您查询状态的人。' where item_id = 802 and locale = 'zh' and part = 'body';
update guide_text set content = content || '; YİMER, yimer.gov.tr/TR/Index' where item_id = 802 and part = 'source' and locale in ('en', 'tr');
update guide_text set content = content || '؛ YİMER، yimer.gov.tr/TR/Index' where item_id = 802 and part = 'source' and locale in ('ar', 'fa');
update guide_text set content = content || '; YİMER, yimer.gov.tr/TR/Index' where item_id = 802 and part = 'source' and locale = 'ru';
update guide_text set content = content || '；YİMER，yimer.gov.tr/TR/Index' where item_id = 802 and part = 'source' and locale = 'zh';

update guide_section set last_reviewed = date '2026-12-01' where code in ('errata', 'overview', 'steps', 'methods', 'mistakes', 'checklist', 'faq');
