-- "While you wait, and after the decision" (/waiting): the topics V31 left out, where an official text was found.
-- Sources read on 2026-12-01:
--  * a lost application number: Yozgat Provincial Directorate of Migration Management, notice "İkamet Sistemi
--    Yenilendi" of 16 February 2016, http://yozgat.goc.gov.tr/tr/news/ikamet-sistemi-yenilendi ("e-posta adresine
--    gönderilen başvuru numarası ile sisteme tekrar giriş yapabilecektir");
--  * a refusal: Law No. 6458 on Foreigners and International Protection, art. 25(2) (notified to the foreigner, the
--    legal representative or the lawyer, with how to exercise the right to object), mevzuat.gov.tr MevzuatNo=6458;
--  * leaving and re-entering with the application document: the implementing regulation of Law No. 6458,
--    art. 21(9)(d), https://www.mevzuat.gov.tr/MevzuatMetin/yonetmelik/7.5.21460.pdf ("her defasında on beş gün
--    içinde döndükleri takdirde ülkeye girişlerinde vize koşulundan muaf tutulurlar").
-- Still left out: legal aid from bar associations, a period for objecting to a refusal, and the rule after two missed
-- or cancelled appointments in six months (no official text reached).

insert into guide_item (id, section_id, item_key, kind, position, refs, source_url) values
    (1007, 10, 'lost-application-number', 'TOPIC', 7, null, 'http://yozgat.goc.gov.tr/tr/news/ikamet-sistemi-yenilendi'),
    (1008, 10, 'refusal', 'TOPIC', 8, null, 'https://www.mevzuat.gov.tr/mevzuat?MevzuatNo=6458&MevzuatTur=1&MevzuatTertip=5');

insert into guide_text (item_id, locale, part, content) values
    (1007, 'en', 'title', 'If you have lost your application number'),
    (1007, 'en', 'body', 'According to a 2016 notice on the renewed e-İkamet system, when you apply on e-ikamet.goc.gov.tr the application number is sent to the e-mail address you gave in the pre-registration form, and you log in again with it. Look for that message in that mailbox. If you cannot find it, ask the provincial directorate of migration management where you applied, or call YİMER 157. We found no official text describing another way to retrieve the number, so this guide describes none.'),
    (1007, 'en', 'source', 'Yozgat Provincial Directorate of Migration Management, notice “İkamet Sistemi Yenilendi” (16 February 2016), yozgat.goc.gov.tr'),
    (1008, 'en', 'title', 'If your application is refused'),
    (1008, 'en', 'body', 'If a residence-permit application made in Turkey is refused, or a permit is not extended or is cancelled, the decision is notified to you, to your legal representative or to your lawyer. The notification states how you can effectively exercise your right to object to the decision, and your other legal rights and obligations in the process (Law No. 6458, art. 25). Keep the notification: the way to object is set out in it. We found no official text giving a period for objecting, or saying where to get legal advice and what it costs, so this guide gives neither.'),
    (1008, 'en', 'source', 'Law No. 6458 on Foreigners and International Protection, art. 25'),

    (1007, 'tr', 'title', 'Başvuru numaranızı kaybettiyseniz'),
    (1007, 'tr', 'body', 'Yenilenen e-İkamet sistemine ilişkin 2016 tarihli bir duyuruya göre, e-ikamet.goc.gov.tr üzerinden başvurduğunuzda başvuru numarası ön kayıt formunda beyan ettiğiniz e-posta adresine gönderilir ve sisteme bu numarayla tekrar giriş yapılır. O e-posta kutusundaki iletiyi arayın. Bulamazsanız başvurduğunuz İl Göç İdaresi Müdürlüğüne sorun veya YİMER 157’yi arayın. Numarayı geri almanın başka bir yolunu anlatan resmî bir metin bulamadık; bu yüzden bu rehber başka bir yol anlatmaz.'),
    (1007, 'tr', 'source', 'Yozgat İl Göç İdaresi Müdürlüğü, “İkamet Sistemi Yenilendi” duyurusu (16.02.2016), yozgat.goc.gov.tr'),
    (1008, 'tr', 'title', 'Başvurunuz reddedilirse'),
    (1008, 'tr', 'body', 'Türkiye içinden yapılan ikamet izni talebi reddedilir, ikamet izni uzatılmaz veya iptal edilirse karar size, yasal temsilcinize veya avukatınıza tebliğ edilir. Tebligatta, karara karşı itiraz haklarınızı etkin şekilde nasıl kullanabileceğiniz ve bu süreçteki diğer yasal hak ve yükümlülükleriniz de yer alır (6458 sayılı Kanun, md. 25). Tebligatı saklayın: İtirazın yolu orada belirtilir. İtiraz için bir süre veren ya da hukuki danışmanlığın nereden alınacağını ve ücretini anlatan resmî bir metin bulamadık; bu yüzden bu rehber bunları belirtmez.'),
    (1008, 'tr', 'source', '6458 sayılı Yabancılar ve Uluslararası Koruma Kanunu, md. 25'),

    (1007, 'ar', 'title', 'إذا فقدت رقم طلبك'),
    (1007, 'ar', 'body', 'بحسب إعلان صادر عام 2016 عن نظام e-İkamet المجدَّد، عندما تقدّم طلبك عبر e-ikamet.goc.gov.tr يُرسَل رقم الطلب إلى عنوان البريد الإلكتروني الذي ذكرته في استمارة التسجيل المسبق، وبه تدخل إلى النظام من جديد. ابحث عن تلك الرسالة في صندوق البريد ذاك. وإن لم تجدها فاسأل مديرية إدارة الهجرة في الولاية التي قدّمت فيها طلبك، أو اتصل بـ YİMER 157. لم نجد نصًّا رسميًّا يصف طريقة أخرى لاسترجاع الرقم، لذلك لا يصف هذا الدليل أي طريقة أخرى.'),
    (1007, 'ar', 'source', 'مديرية إدارة الهجرة في ولاية يوزغات، إعلان «İkamet Sistemi Yenilendi» (16 شباط/فبراير 2016)، yozgat.goc.gov.tr'),
    (1008, 'ar', 'title', 'إذا رُفض طلبك'),
    (1008, 'ar', 'body', 'إذا رُفض طلب تصريح إقامة قُدّم من داخل تركيا، أو لم يُمدَّد التصريح أو أُلغي، يُبلَّغ القرار إليك أو إلى ممثلك القانوني أو إلى محاميك. ويتضمن التبليغ كيف يمكنك أن تمارس فعليًّا حقك في الاعتراض على القرار، وسائر حقوقك والتزاماتك القانونية في هذه المرحلة (القانون رقم 6458، المادة 25). احتفظ بالتبليغ: ففيه تُبيَّن طريقة الاعتراض. لم نجد نصًّا رسميًّا يحدد مهلة للاعتراض، ولا نصًّا يبيّن أين تُطلب الاستشارة القانونية وكم تكلّف، لذلك لا يذكر هذا الدليل شيئًا من ذلك.'),
    (1008, 'ar', 'source', 'القانون رقم 6458 بشأن الأجانب والحماية الدولية، المادة 25'),

    (1007, 'fa', 'title', 'اگر شماره درخواست خود را گم کرده‌اید'),
    (1007, 'fa', 'body', 'بر اساس اطلاعیه‌ای از سال ۲۰۱۶ درباره سامانه نوسازی‌شده e-İkamet، وقتی در e-ikamet.goc.gov.tr درخواست می‌دهید، شماره درخواست به نشانی ایمیلی که در فرم پیش‌ثبت‌نام وارد کرده‌اید فرستاده می‌شود و با همین شماره دوباره وارد سامانه می‌شوید. آن پیام را در همان صندوق ایمیل جست‌وجو کنید. اگر آن را نیافتید، از اداره مهاجرت استانی که در آن درخواست داده‌اید بپرسید یا با YİMER 157 تماس بگیرید. ما متن رسمی‌ای نیافتیم که راه دیگری برای بازیابی شماره شرح دهد؛ از این رو این راهنما راه دیگری شرح نمی‌دهد.'),
    (1007, 'fa', 'source', 'اداره مهاجرت استان یوزگات، اطلاعیه «İkamet Sistemi Yenilendi» (۱۶ فوریه ۲۰۱۶)، yozgat.goc.gov.tr'),
    (1008, 'fa', 'title', 'اگر درخواست شما رد شد'),
    (1008, 'fa', 'body', 'اگر درخواست اجازه اقامتی که از داخل ترکیه داده شده رد شود، یا اجازه اقامت تمدید نشود یا لغو شود، تصمیم به خود شما، نماینده قانونی‌تان یا وکیلتان ابلاغ می‌شود. در ابلاغیه آمده است که چگونه می‌توانید حق اعتراض به تصمیم را به‌طور مؤثر به کار ببرید و دیگر حقوق و تکالیف قانونی شما در این روند چیست (قانون شماره ۶۴۵۸، ماده ۲۵). ابلاغیه را نگه دارید: راه اعتراض در آن آمده است. ما متن رسمی‌ای نیافتیم که مهلتی برای اعتراض تعیین کند یا بگوید مشاوره حقوقی را از کجا می‌توان گرفت و هزینه آن چیست؛ از این رو این راهنما هیچ‌یک را ذکر نمی‌کند.'),
    (1008, 'fa', 'source', 'قانون شماره ۶۴۵۸ درباره اتباع خارجی و حمایت بین‌المللی، ماده ۲۵'),

    (1007, 'ru', 'title', 'Если вы потеряли номер заявления'),
    (1007, 'ru', 'body', 'Согласно уведомлению 2016 года об обновлённой системе e-İkamet, когда вы подаёте заявление на e-ikamet.goc.gov.tr, номер заявления отправляется на адрес электронной почты, указанный в форме предварительной регистрации, и с этим номером вы снова входите в систему. Поищите это письмо в том почтовом ящике. Если не найдёте, спросите в провинциальном управлении миграции, где вы подавали заявление, или позвоните в YİMER 157. Мы не нашли официального текста о другом способе восстановить номер, поэтому это руководство другого способа не описывает.'),
    (1007, 'ru', 'source', 'Провинциальное управление миграции Йозгата, уведомление «İkamet Sistemi Yenilendi» (16.02.2016), yozgat.goc.gov.tr'),
    (1008, 'ru', 'title', 'Если в заявлении отказали'),
    (1008, 'ru', 'body', 'Если заявление на вид на жительство, поданное в Турции, отклонено, либо вид на жительство не продлён или аннулирован, решение вручается вам, вашему законному представителю или вашему адвокату. В уведомлении указано, как вы можете действенно воспользоваться правом обжаловать решение, а также другие ваши права и обязанности в этом процессе (Закон № 6458, ст. 25). Сохраните уведомление: способ обжалования указан в нём. Мы не нашли официального текста, который устанавливал бы срок обжалования или говорил, где получить юридическую консультацию и сколько она стоит, поэтому это руководство ничего из этого не указывает.'),
    (1008, 'ru', 'source', 'Закон № 6458 об иностранцах и международной защите, ст. 25'),

    (1007, 'zh', 'title', '如果您丢失了申请编号'),
    (1007, 'zh', 'body', '根据2016年一则关于更新后的 e-İkamet 系统的通知，您在 e-ikamet.goc.gov.tr 提交申请时，申请编号会发送到您在预登记表中填写的电子邮箱，您可凭此编号再次登录系统。请在该邮箱中查找这封邮件。如果找不到，请询问您提交申请的省移民管理办公室，或拨打 YİMER 157。我们没有找到说明其他找回编号方式的官方文本，因此本指南不介绍其他方式。'),
    (1007, 'zh', 'source', '约兹加特省移民管理办公室，通知“İkamet Sistemi Yenilendi”（2016年2月16日），yozgat.goc.gov.tr'),
    (1008, 'zh', 'title', '如果您的申请被拒绝'),
    (1008, 'zh', 'body', '在土耳其境内提出的居留许可申请被拒绝，或居留许可未获延期或被撤销时，该决定会送达您本人、您的法定代理人或您的律师。通知中会说明您如何有效行使对该决定提出异议的权利，以及您在此过程中的其他法定权利和义务（第6458号法律第25条）。请保存该通知：提出异议的途径写在其中。我们没有找到规定异议期限、或说明在哪里获得法律咨询及其费用的官方文本，因此本指南对此均不作说明。'),
    (1008, 'zh', 'source', '关于外国人和国际保护的第6458号法律第25条');

-- The application document (topic 1003): leaving and re-entering within 15 days (implementing regulation, art. 21(9)(d)).
update guide_text set content = content || ' The regulation implementing the law adds that with this document you may leave Turkey and, each time you return within 15 days, you are exempt from the visa requirement when you enter (art. 21(9)(d)). Conditions apply: check them with the provincial directorate of migration management before you travel.' where item_id = 1003 and part = 'body' and locale = 'en';
update guide_text set content = content || ' Kanunun uygulanmasına ilişkin yönetmelik, bu belgeyle yurt dışına çıkabileceğinizi ve her defasında 15 gün içinde döndüğünüz takdirde ülkeye girişinizde vize koşulundan muaf tutulacağınızı ekler (md. 21/9-d). Bunun koşulları vardır: Yolculuktan önce İl Göç İdaresi Müdürlüğüne sorun.' where item_id = 1003 and part = 'body' and locale = 'tr';
update guide_text set content = content || ' وتضيف اللائحة التنفيذية للقانون أنه يجوز لك بهذه الوثيقة مغادرة تركيا، وأنك تُعفى من شرط التأشيرة عند الدخول إذا عدت في كل مرة خلال 15 يومًا (المادة 21/9-د). ولذلك شروط: اسأل مديرية إدارة الهجرة في الولاية قبل السفر.' where item_id = 1003 and part = 'body' and locale = 'ar';
update guide_text set content = content || ' آیین‌نامه اجرایی قانون می‌افزاید که با این سند می‌توانید از ترکیه خارج شوید و اگر هر بار ظرف ۱۵ روز بازگردید، هنگام ورود از شرط ویزا معاف هستید (ماده ۲۱ بند ۹-د). این کار شرایطی دارد: پیش از سفر از اداره مهاجرت استان بپرسید.' where item_id = 1003 and part = 'body' and locale = 'fa';
update guide_text set content = content || ' Регламент о применении закона добавляет, что с этим документом можно выехать из Турции и, если каждый раз возвращаться в течение 15 дней, при въезде не требуется виза (ст. 21, ч. 9, п. «d»). Для этого есть условия: уточните их в провинциальном управлении миграции до поездки.' where item_id = 1003 and part = 'body' and locale = 'ru';
update guide_text set content = content || '该法律的实施条例还规定，凭此文件可以出境，每次在15天内返回的，入境时免除签证要求（第21条第9款d项）。这有附加条件：出行前请向省移民管理办公室核实。' where item_id = 1003 and part = 'body' and locale = 'zh';

update guide_text set content = content || '; implementing regulation of Law No. 6458, art. 21(9)(d)' where item_id = 1003 and part = 'source' and locale = 'en';
update guide_text set content = content || '; Yabancılar ve Uluslararası Koruma Kanununun Uygulanmasına İlişkin Yönetmelik, md. 21/9-d' where item_id = 1003 and part = 'source' and locale = 'tr';
update guide_text set content = content || '؛ اللائحة التنفيذية للقانون رقم 6458، المادة 21/9-د' where item_id = 1003 and part = 'source' and locale = 'ar';
update guide_text set content = content || '؛ آیین‌نامه اجرایی قانون شماره ۶۴۵۸، ماده ۲۱ بند ۹-د' where item_id = 1003 and part = 'source' and locale = 'fa';
update guide_text set content = content || '; Регламент о применении Закона № 6458, ст. 21, ч. 9, п. «d»' where item_id = 1003 and part = 'source' and locale = 'ru';
update guide_text set content = content || '；第6458号法律实施条例第21条第9款d项' where item_id = 1003 and part = 'source' and locale = 'zh';
