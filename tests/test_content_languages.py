"""The main-content finder on pages in other languages than Persian and English.

Each page is one template with the article's text in a plain block, and beside it, in blocks of the
same kind, an events box (label lines: day, time, place, longer than the article) and a list of
linked headlines; a menu above. The events lines are no prose in any language: the finder must
tell the article's paragraphs from them by the language's function words, or, for Chinese, Japanese and
Korean, by their punctuation. Every sentence here is our own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from newsscraper.extract import extract
from newsscraper.extract.content import (
    Paragraph,
    find_content,
    paragraph_score,
    paragraphs,
    reads_as_prose,
    stopwords_for,
    unspaced_prose,
)
from newsscraper.extract.page import Page
from newsscraper.extract.wordcount import count_words
from newsscraper.persian import unify_letters

URL = "https://city-news.example/2024/05/14/markthalle-1234/"


@dataclass(frozen=True)
class Sample:
    lang: str
    menu: tuple[str, ...]
    headline: str
    paragraphs: tuple[str, ...]
    events_title: str
    events: tuple[str, ...]
    teasers: tuple[str, ...]
    rtl: bool = False


SAMPLES = {
    "de": Sample(
        "de",
        ("Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Region", "Wetter", "Service"),
        "Stadtrat beschließt Sanierung der alten Markthalle",
        ("Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Markthalle zu "
         "sanieren und bis zum Herbst des kommenden Jahres wieder zu öffnen.",
         "Nach Angaben der Verwaltung kostet der Umbau rund vier Millionen Euro, die zum größten Teil "
         "aus Fördermitteln des Landes kommen sollen.",
         "Die Händler, die bisher auf dem Parkplatz vor dem Rathaus verkaufen, begrüßten die "
         "Entscheidung und hoffen auf mehr Kundschaft in der Innenstadt.",
         "Kritik kam dagegen von der Opposition, die eine Befragung der Bürger gefordert hatte und nun "
         "prüfen will, ob sie gegen den Beschluss klagen kann."),
        "Termine",
        ("Freitag, 19 Uhr: Jazzkonzert, Stadthalle, Eintritt frei",
         "Samstag, 10 Uhr: Flohmarkt, Marktplatz, Anmeldung erbeten",
         "Sonntag, 11 Uhr: Stadtführung, Treffpunkt Rathaus, Dauer zwei Stunden",
         "Montag, 18 Uhr: Vortrag Stadtgeschichte, Volkshochschule, Raum 4",
         "Dienstag, 15 Uhr: Seniorencafé, Gemeindezentrum Nord, Kuchenbuffet",
         "Mittwoch, 20 Uhr: Kinoabend, Kulturhaus, Dokumentarfilm Heimat",
         "Donnerstag, 17 Uhr: Lesung, Stadtbibliothek, Autorin Petra Lange",
         "Freitag, 16 Uhr: Kinderflohmarkt, Schulhof Süd, Spielzeug, Bücher",
         "Samstag, 9 Uhr: Lauftreff, Stadtpark, Strecken fünf, zehn Kilometer",
         "Sonntag, 15 Uhr: Orgelkonzert, Marienkirche, Spenden willkommen"),
        ("Neue Radwege entlang der Uferstraße geplant", "Hallenbad schließt wegen Sanierung bis Oktober",
         "Handballverein gewinnt Derby nach Verlängerung", "Tierheim sucht ehrenamtliche Helfer",
         "Stadtwerke erhöhen Gaspreise zum Jahreswechsel", "Polizei meldet weniger Einbrüche im Sommer"),
    ),
    "fr": Sample(
        "fr",
        ("Accueil", "Politique", "Économie", "Culture", "Sport", "Région", "Météo", "Services"),
        "Le conseil municipal approuve la rénovation des anciennes halles",
        ("Le conseil municipal a approuvé mardi soir, à une large majorité, la rénovation des anciennes "
         "halles, qui devraient rouvrir à l'automne de l'année prochaine.",
         "Selon la mairie, les travaux coûteront environ quatre millions d'euros, dont la plus grande "
         "partie sera financée par la région.",
         "Les commerçants, qui vendent pour l'instant sur la place devant l'hôtel de ville, ont salué "
         "cette décision et espèrent voir revenir les clients dans le centre.",
         "L'opposition, qui réclamait une consultation des habitants, étudie désormais la possibilité "
         "de contester la délibération devant le tribunal administratif."),
        "Agenda",
        ("Vendredi, 19 h : soirée jazz, salle municipale, entrée libre",
         "Samedi, 10 h : brocante, place centrale, inscription obligatoire",
         "Dimanche, 11 h : visite guidée, départ : mairie, durée deux heures",
         "Lundi, 18 h : conférence, histoire locale, médiathèque, salle 4",
         "Mardi, 15 h : goûter seniors, centre social, quartier nord",
         "Mercredi, 20 h : projection documentaire, cinéma municipal, entrée gratuite",
         "Jeudi, 17 h : rencontre littéraire, autrice Claire Martin, médiathèque",
         "Vendredi, 16 h : vente livres jeunesse, école Jules Ferry, jouets",
         "Samedi, 9 h : course populaire, parc municipal, cinq, dix kilomètres",
         "Dimanche, 15 h : récital orgue, église Saint-Pierre, libre participation"),
        ("Nouvelles pistes cyclables le long des quais", "La piscine fermée pour travaux jusqu'en octobre",
         "Le club de handball remporte le derby", "Le refuge cherche des bénévoles",
         "Hausse du prix du gaz en janvier", "Moins de cambriolages cet été selon la police"),
    ),
    "es": Sample(
        "es",
        ("Portada", "Política", "Economía", "Cultura", "Deportes", "Local", "Tiempo", "Servicios"),
        "El ayuntamiento aprueba la reforma del antiguo mercado",
        ("El pleno municipal aprobó el martes por la noche, con una amplia mayoría, la reforma del antiguo "
         "mercado cubierto, que volverá a abrir en otoño del próximo año.",
         "Según el ayuntamiento, las obras costarán unos cuatro millones de euros, que en su mayor parte "
         "pagará el gobierno regional.",
         "Los comerciantes, que ahora venden en la plaza frente al edificio consistorial, celebraron la "
         "decisión y esperan que vuelvan los clientes al centro.",
         "La oposición, que había pedido una consulta a los vecinos, estudia ahora si puede recurrir el "
         "acuerdo ante los tribunales."),
        "Agenda",
        ("Viernes, 19 h: concierto jazz, auditorio municipal, entrada libre",
         "Sábado, 10 h: mercadillo solidario, plaza mayor, inscripción previa",
         "Domingo, 11 h: visita guiada, punto encuentro: ayuntamiento, dos horas",
         "Lunes, 18 h: conferencia, historia local, biblioteca municipal, sala 4",
         "Martes, 15 h: merienda mayores, centro cívico, barrio norte",
         "Miércoles, 20 h: proyección documental, cine municipal, entrada gratuita",
         "Jueves, 17 h: encuentro literario, autora Lucía Romero, biblioteca",
         "Viernes, 16 h: feria libro infantil, patio colegio, juguetes",
         "Sábado, 9 h: carrera popular, parque municipal, cinco, diez kilómetros",
         "Domingo, 15 h: recital órgano, iglesia San Pedro, donativos"),
        ("Nuevos carriles bici junto al paseo marítimo", "La piscina cierra por obras hasta octubre",
         "El club de balonmano gana el derbi en la prórroga", "El refugio busca voluntarios",
         "Sube el precio del gas en enero", "La policía registra menos robos este verano"),
    ),
    "ru": Sample(
        "ru",
        ("Главная", "Политика", "Экономика", "Общество", "Культура", "Спорт", "Регионы", "Погода"),
        "Городской совет одобрил ремонт старого рынка",
        ("Городской совет во вторник большинством голосов одобрил план ремонта старого крытого рынка, "
         "который должен снова открыться осенью следующего года.",
         "По данным администрации, работы обойдутся примерно в четыре миллиона рублей, и большую часть "
         "этих денег выделит областной бюджет.",
         "Торговцы, которые сейчас работают на площади перед зданием администрации, поддержали решение "
         "и надеются на приток покупателей.",
         "Оппозиция, напротив, требовала провести опрос жителей и теперь изучает, можно ли оспорить это "
         "решение в суде."),
        "Афиша",
        ("Пятница, 19:00: джазовый концерт, Дом культуры, вход свободный",
         "Суббота, 10:00: блошиный рынок, Центральная площадь, регистрация",
         "Воскресенье, 11:00: экскурсия, место сбора: ратуша, два часа",
         "Понедельник, 18:00: лекция, история города, библиотека, зал 4",
         "Вторник, 15:00: чаепитие, клуб ветеранов, Северный район",
         "Среда, 20:00: кинопоказ, Дом кино, документальный фильм",
         "Четверг, 17:00: встреча, писательница Анна Лебедева, библиотека",
         "Пятница, 16:00: детская ярмарка, школьный двор, игрушки, книги",
         "Суббота, 09:00: забег, городской парк, дистанции пять, десять километров",
         "Воскресенье, 15:00: органный концерт, собор, пожертвования"),
        ("Новые велодорожки появятся вдоль набережной", "Бассейн закроют на ремонт до октября",
         "Гандбольный клуб выиграл дерби в овертайме", "Приют для животных ищет волонтёров",
         "Тарифы на газ вырастут с января", "Полиция сообщает о снижении числа краж"),
    ),
    "ar": Sample(
        "ar",
        ("الرئيسية", "سياسة", "اقتصاد", "ثقافة", "رياضة", "محليات", "الطقس", "خدمات"),
        "المجلس البلدي يقر ترميم السوق القديم",
        ("أقر المجلس البلدي مساء الثلاثاء بأغلبية كبيرة خطة لترميم السوق المسقوف القديم، على أن يعاد "
         "افتتاحه في خريف العام المقبل.",
         "وبحسب البلدية، تبلغ تكلفة الأعمال نحو أربعة ملايين دينار، تأتي معظمها من ميزانية المحافظة.",
         "ورحب التجار الذين يبيعون حاليا في الساحة أمام مبنى البلدية بالقرار، وقالوا إنهم يأملون في "
         "عودة الزبائن إلى وسط المدينة.",
         "في المقابل، طالبت المعارضة باستطلاع رأي السكان، وهي تدرس الآن إمكانية الطعن في القرار أمام "
         "القضاء."),
        "مواعيد",
        ("الجمعة، الساعة 7 مساء: حفل جاز، قاعة المدينة، الدخول مجاني",
         "السبت، الساعة 10 صباحا: سوق المستعمل، الساحة الرئيسية",
         "الأحد، الساعة 11 صباحا: جولة سياحية، نقطة التجمع: البلدية",
         "الاثنين، الساعة 6 مساء: محاضرة، تاريخ المدينة، المكتبة العامة",
         "الثلاثاء، الساعة 3 عصرا: لقاء المتقاعدين، المركز الاجتماعي",
         "الأربعاء، الساعة 8 مساء: عرض فيلم وثائقي، دار الثقافة",
         "الخميس، الساعة 5 مساء: أمسية شعرية، الشاعرة ليلى حداد",
         "الجمعة، الساعة 4 عصرا: معرض كتب الأطفال، ساحة المدرسة",
         "السبت، الساعة 9 صباحا: سباق الجري، الحديقة العامة، خمسة كيلومترات",
         "الأحد، الساعة 3 عصرا: حفل موسيقي، المسرح البلدي، تبرعات"),
        ("مسارات جديدة للدراجات على طول الكورنيش", "إغلاق المسبح البلدي للصيانة حتى أكتوبر",
         "فريق كرة اليد يفوز بالمباراة بعد التمديد", "ملجأ الحيوانات يبحث عن متطوعين",
         "ارتفاع أسعار الغاز مع بداية العام", "الشرطة تسجل تراجعا في السرقات"),
        rtl=True,
    ),
    "tr": Sample(
        "tr",
        ("Anasayfa", "Gündem", "Ekonomi", "Kültür", "Spor", "Yerel", "Hava Durumu", "Hizmetler"),
        "Belediye meclisi eski çarşının onarımını onayladı",
        ("Belediye meclisi salı akşamı büyük bir çoğunlukla eski kapalı çarşının onarılmasına karar verdi. "
         "Çarşı, gelecek yılın sonbaharında yeniden açılacak.",
         "Belediyenin açıklamasına göre çalışmalar yaklaşık dört milyon liraya mal olacak. Bu paranın "
         "büyük kısmı, il bütçesinden karşılanacak.",
         "Şu anda belediye binasının önündeki meydanda satış yapan esnaf, karardan memnun olduklarını "
         "söyledi. Esnaf, müşterilerin şehir merkezine döneceğini umuyor.",
         "Muhalefet ise halka danışılması gerektiğini savunmuştu. Muhalefet, şimdi karara karşı dava açıp "
         "açamayacağını inceliyor."),
        "Etkinlikler",
        ("Cuma, 19.00: caz konseri, Kültür Merkezi, giriş ücretsiz",
         "Cumartesi, 10.00: bit pazarı, Cumhuriyet Meydanı, kayıt gerekli",
         "Pazar, 11.00: şehir turu, buluşma noktası: belediye binası",
         "Pazartesi, 18.00: konferans, şehir tarihi, halk kütüphanesi",
         "Salı, 15.00: emekliler buluşması, sosyal tesis, Kuzey mahallesi",
         "Çarşamba, 20.00: belgesel gösterimi, sinema salonu, Kültür Evi",
         "Perşembe, 17.00: söyleşi, yazar Ayşe Demir, şehir kütüphanesi",
         "Cuma, 16.00: çocuk kitap fuarı, okul bahçesi, oyuncaklar",
         "Cumartesi, 09.00: koşu etkinliği, şehir parkı, beş, on kilometre",
         "Pazar, 15.00: org konseri, tarihi kilise, bağış kabul edilir"),
        ("Sahil boyunca yeni bisiklet yolları yapılacak", "Kapalı yüzme havuzu ekime kadar kapalı",
         "Hentbol takımı uzatmada derbiyi kazandı", "Hayvan barınağı gönüllü arıyor",
         "Doğalgaz fiyatları yeni yılda artıyor", "Polis hırsızlık olaylarında düşüş bildirdi"),
    ),
    "ur": Sample(
        "ur",
        ("صفحہ اول", "سیاست", "معیشت", "ثقافت", "کھیل", "مقامی", "موسم", "خدمات"),
        "بلدیہ نے پرانی مارکیٹ کی مرمت کی منظوری دے دی",
        ("بلدیاتی کونسل نے منگل کی شام بھاری اکثریت سے پرانی ڈھکی ہوئی مارکیٹ کی مرمت کا منصوبہ منظور کر لیا، "
         "جو اگلے سال خزاں میں دوبارہ کھولی جائے گی۔",
         "انتظامیہ کے مطابق اس کام پر تقریباً چار کروڑ روپے خرچ ہوں گے، جن میں سے زیادہ تر رقم صوبائی حکومت دے گی۔",
         "بلدیہ کی عمارت کے سامنے چوک میں سامان بیچنے والے تاجروں نے اس فیصلے کا خیرمقدم کیا اور امید ظاہر کی "
         "کہ گاہک دوبارہ شہر کے مرکز میں آئیں گے۔",
         "دوسری طرف حزب اختلاف نے شہریوں سے رائے لینے کا مطالبہ کیا تھا اور اب وہ اس فیصلے کو عدالت میں چیلنج "
         "کرنے پر غور کر رہی ہے۔",
         "میئر نے کہا کہ مرمت کے دوران تاجروں کو عارضی جگہ دی جائے گی، اور کسی دکاندار کو اپنا کاروبار بند "
         "نہیں کرنا پڑے گا۔"),
        "تقریبات",
        ("جمعہ، شام 7 بجے: جاز کنسرٹ، ٹاؤن ہال، داخلہ مفت",
         "ہفتہ، صبح 10 بجے: کباڑ بازار، مرکزی چوک، رجسٹریشن ضروری",
         "اتوار، صبح 11 بجے: تاریخی دورہ، مقام: بلدیہ دفتر، دورانیہ دو گھنٹے",
         "پیر، شام 6 بجے: لیکچر، مقامی تاریخ، پبلک لائبریری، ہال 4",
         "منگل، سہ پہر 3 بجے: بزرگ شہری نشست، کمیونٹی سینٹر، شمالی علاقہ",
         "بدھ، رات 8 بجے: دستاویزی فلم، آرٹس کونسل، داخلہ بذریعہ ٹکٹ",
         "جمعرات، شام 5 بجے: مشاعرہ، مہمان شاعرہ نسرین احمد، لائبریری",
         "جمعہ، سہ پہر 4 بجے: بچوں کتاب میلہ، اسکول گراؤنڈ، کھلونے",
         "ہفتہ، صبح 9 بجے: دوڑ، سٹی پارک، پانچ، دس کلومیٹر",
         "اتوار، سہ پہر 3 بجے: موسیقی شام، اوپن ایئر تھیٹر، عطیات",
         "جمعرات، صبح 10 بجے: خون عطیہ کیمپ، سول ہسپتال، تمام شہری",
         "جمعہ، رات 9 بجے: قوالی محفل، آرٹس کونسل لان، داخلہ مفت"),
        ("ساحل کے ساتھ نئی سائیکل سڑک", "سوئمنگ پول اکتوبر تک بند", "ہینڈ بال ٹیم نے ڈربی جیت لی",
         "جانوروں کی پناہ گاہ کو رضاکار درکار", "گیس کی قیمتوں میں اضافہ", "چوری کی وارداتوں میں کمی"),
        rtl=True,
    ),
    "ko": Sample(
        "ko",
        ("홈", "정치", "경제", "문화", "스포츠", "지역", "날씨", "서비스"),
        "시의회, 옛 시장 보수 계획 승인",
        ("시의회는 화요일 저녁 본회의를 열고 100년 역사를 지닌 옛 시장을 전면 보수하는 계획을 찬성 다수로 "
         "통과시켰다. 시장은 내년 가을에 다시 문을 열 예정이다.",
         "시에 따르면 공사비는 약 40억 원으로, 대부분은 도의 보조금으로 충당되고 나머지는 시 예산에서 지출된다.",
         "현재 시청 앞 광장에서 장사를 하는 상인들은 이번 결정을 환영하며, 시장이 다시 문을 열면 손님들이 "
         "도심으로 돌아올 것이라고 기대했다.",
         "반면 야당은 주민 의견 수렴이 먼저라고 주장해 왔으며, 현재 이번 결정에 대해 소송을 제기할지 검토하고 있다."),
        "행사 안내",
        ("금요일 19:00 재즈 공연, 장소: 시민회관 대강당, 무료 입장",
         "토요일 10:00 벼룩시장, 장소: 역 앞 광장, 사전 등록 필수",
         "일요일 11:00 구시가지 투어, 집결: 시청 정문, 약 두 시간",
         "월요일 18:00 강연 '도시의 역사', 장소: 시립도서관 3층 강당",
         "화요일 15:00 어르신 교류회, 장소: 북부 주민센터 대회의실",
         "수요일 20:00 다큐멘터리 상영, 장소: 문화회관 영화관",
         "목요일 17:00 독서 모임, 초대 작가: 김민지, 장소: 시립도서관",
         "금요일 16:00 어린이 책 장터, 장소: 제일초등학교 운동장",
         "토요일 09:00 건강 달리기, 장소: 강변공원, 5킬로미터, 10킬로미터",
         "일요일 15:00 파이프오르간 연주회, 장소: 옛 교회, 기부 환영"),
        ("강변에 새 자전거도로 조성", "시민수영장, 10월까지 보수로 휴관", "핸드볼팀, 연장 끝에 더비 승리",
         "동물보호센터 자원봉사자 모집", "가스요금 내년부터 인상", "경찰, 빈집털이 피해 감소"),
    ),
    "zh": Sample(
        "zh-CN",
        ("首页", "时政", "经济", "文化", "体育", "本地", "天气", "服务"),
        "市议会批准修缮老市场",
        ("市议会周二晚间以多数票通过决议，决定对有百年历史的老市场进行全面修缮，并计划在明年秋季重新开放。",
         "据市政府介绍，整个工程预计耗资约四百万元，其中大部分资金将由省级财政拨付，其余部分由市里自筹。",
         "目前在市政厅前广场摆摊的商户对这一决定表示欢迎，他们希望市场重新开放后，能有更多顾客回到老城区。",
         "不过，反对派议员此前曾要求先征求居民意见，他们表示，目前正在研究是否就这一决议提起诉讼。"),
        "活动预告",
        ("周五晚上19:00 爵士音乐会，地点：市文化宫大礼堂，免费入场",
         "周六上午10:00 跳蚤市场，地点：人民广场东侧，需提前登记",
         "周日上午11:00 老城导览，集合地点：市政厅正门，全程两小时",
         "周一晚上18:00 讲座：城市历史，地点：市图书馆三楼报告厅",
         "周二下午15:00 退休人员茶话会，地点：北区社区活动中心",
         "周三晚上20:00 纪录片放映，地点：文化馆电影厅，凭票入场",
         "周四下午17:00 读书会，嘉宾：作家李明华，地点：市图书馆",
         "周五下午16:00 儿童图书集市，地点：实验小学操场，玩具、图书",
         "周六上午09:00 健康跑，地点：滨江公园，五公里、十公里",
         "周日下午15:00 管风琴音乐会，地点：老教堂，欢迎捐款"),
        ("滨江路将新建自行车道", "市游泳馆闭馆维修至十月", "手球队加时赛赢得德比",
         "动物收容所招募志愿者", "明年起燃气价格上调", "警方通报入室盗窃案件减少"),
    ),
    "ja": Sample(
        "ja",
        ("トップ", "政治", "経済", "文化", "スポーツ", "地域", "天気", "サービス"),
        "市議会、旧市場の改修を承認",
        ("市議会は火曜日の夜、百年の歴史を持つ旧市場を全面的に改修する計画を賛成多数で可決し、来年の秋に再開する予定だと発表した。",
         "市によると、工事費は約四億円にのぼる見込みで、その大部分は県の補助金でまかなわれ、残りは市の予算から支出される。",
         "現在、市役所前の広場で営業している商店主たちはこの決定を歓迎し、市場の再開によって中心街に客が戻ることを期待している。",
         "一方、野党は住民への意見聴取を求めていたことから、「手続きに問題がある」として、決定の取り消しを求める訴えを検討している。"),
        "イベント情報",
        ("金曜日19:00 ジャズコンサート、会場：市民会館大ホール、入場無料",
         "土曜日10:00 フリーマーケット、会場：駅前広場、事前登録必要",
         "日曜日11:00 旧市街ガイドツアー、集合：市役所正面玄関、約二時間",
         "月曜日18:00 講演会「まちの歴史」、会場：市立図書館三階ホール",
         "火曜日15:00 シニア交流会、会場：北地区コミュニティセンター",
         "水曜日20:00 ドキュメンタリー映画上映会、会場：文化会館シアター",
         "木曜日17:00 読書会、ゲスト：作家山田花子、会場：市立図書館",
         "金曜日16:00 子ども本の市、会場：第一小学校校庭、おもちゃ、本",
         "土曜日09:00 ファンラン、会場：川沿い公園、五キロ、十キロ",
         "日曜日15:00 パイプオルガン演奏会、会場：旧教会、寄付歓迎"),
        ("川沿いに新しい自転車道を整備へ", "市民プール、十月まで改修のため休館", "ハンドボール部、延長戦でダービー制す",
         "動物保護施設がボランティアを募集", "ガス料金、年明けから値上げ", "空き巣被害、前年より減少と警察発表"),
    ),
}


def page_of(s: Sample) -> str:
    menu = "".join(f"<li><a href='/{i}/'>{label}</a></li>" for i, label in enumerate(s.menu))
    text = "".join(f"<p>{p}</p>" for p in s.paragraphs)
    events = "".join(f"<li>{e}</li>" for e in s.events)
    teasers = "".join(f"<li><a href='/2024/05/{i}/story-{i}/'>{t}</a></li>" for i, t in enumerate(s.teasers))
    direction = " dir='rtl'" if s.rtl else ""
    return (f"<html lang='{s.lang}'{direction}><head><meta charset='utf-8'><title>{s.headline}</title></head><body>"
            f"<div class='top'><ul>{menu}</ul></div>"
            "<div class='wrap'>"
            f"<div class='col'><h1>{s.headline}</h1><div class='box'>{text}</div></div>"
            f"<div class='col'><div class='box'><h3>{s.events_title}</h3><ul>{events}</ul></div>"
            f"<div class='box'><ul>{teasers}</ul></div></div>"
            "</div><div class='bottom'>© 2024</div></body></html>")


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_finder_takes_the_article_not_the_longer_events_box(key: str):
    sample = SAMPLES[key]
    finding = find_content(Page(page_of(sample)).root, sample.lang, sample.headline)
    texts = [p.text for c in finding.containers for p in paragraphs(c)[0] if p.text != sample.headline]
    assert texts == list(sample.paragraphs)


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_extract_gives_the_article_body(key: str):
    # Chinese and Japanese included: a clause there is one \w+ run, and would count as one word.
    sample = SAMPLES[key]
    result = extract(page_of(sample), URL, use_profiles=False)
    assert result.record is not None, result.refusal
    # Arabic's ي ك ى (Urdu's and Pashto's letters too) stay as written: the text policy writes them as
    # Persian's ی ک only in Persian text (docs/field-rules.md).
    assert result.record.body.split("\n\n") == list(sample.paragraphs)


def test_the_events_box_is_longer_than_the_article():
    # What the tests above rely on: without telling prose from labels, the events box would win.
    for sample in SAMPLES.values():
        assert sum(map(len, sample.events)) > sum(map(len, sample.paragraphs))


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_article_sentences_read_as_prose_and_event_lines_do_not(key: str):
    sample = SAMPLES[key]
    stopwords = stopwords_for(sample.lang)
    assert all(reads_as_prose(p, stopwords) for p in sample.paragraphs)
    assert not any(reads_as_prose(e, stopwords) for e in sample.events)


def test_a_page_in_a_language_with_a_list_does_not_read_english_furniture_as_prose():
    notice = "We use cookies on this site to give you the best experience, and you can change that at any time."
    assert reads_as_prose(notice, stopwords_for("en")) and not reads_as_prose(notice, stopwords_for("de"))


def test_unspaced_scripts_are_judged_by_punctuation():
    assert unspaced_prose("市议会周二晚间以多数票通过决议，决定对老市场进行全面修缮，并计划在明年秋季重新开放。")
    assert unspaced_prose("政府は来年度の予算案を閣議決定し、国会に提出する方針を示した。")
    assert not unspaced_prose("市议会批准修缮老市场 滨江路将新建自行车道 市游泳馆闭馆维修至十月")  # headlines
    # A label line: marks, but no sentence end.
    assert not unspaced_prose("周五晚上19:00 爵士音乐会，地点：市文化宫大礼堂，免费入场")
    # Thai ends its clauses with a space.
    assert unspaced_prose("สภาเมืองอนุมัติแผนปรับปรุงตลาดเก่าเมื่อวันอังคาร คาดว่าจะเปิดอีกครั้งในปีหน้า "
                          "ผู้ค้าต่างยินดีกับการตัดสินใจนี้")
    # Mostly Latin text is judged by its words, not here.
    assert not unspaced_prose("The council met on Tuesday, and it approved the plan. 市议会。")


def test_function_word_lists_cover_the_languages_and_keep_persian():
    persian = stopwords_for("fa")
    assert stopwords_for("prs") == stopwords_for("fa-AF") == persian
    for lang in ("de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "ar", "tr", "ur", "ps", "en", "de-AT", "pt_BR"):
        assert persian < stopwords_for(lang), lang  # the language's own words, plus Persian's
    assert "der" in stopwords_for("de") and "der" not in stopwords_for("fr")
    assert stopwords_for("deu") == stopwords_for("de-AT") == stopwords_for("de")  # as <html lang> may say it
    assert stopwords_for("nb-NO") == stopwords_for("nob") == stopwords_for("no")
    assert {"der", "le", "и", "في", "ve", "the", "است"} <= stopwords_for("")  # no language named: every list
    assert stopwords_for("zh") == stopwords_for("")  # a language without a list: every list


def test_text_that_no_list_reads_still_gains_by_its_sentence_ends():
    # Swahili has no list here: its prose does not read as prose, yet its sentences outscore the
    # same words cut by commas (a label line), as they did when every mark counted.
    sentences = ("Serikali imetangaza mpango mpya wa barabara. Wakazi wamefurahishwa sana. "
                 "Kazi itaanza mwezi ujao.")
    holder = Page("<html><body><div>x</div></body></html>").root.find(".//div")

    def score(text: str) -> float:
        return paragraph_score(Paragraph(holder, text, 0, 0), stopwords_for("sw"))

    assert not reads_as_prose(sentences, stopwords_for("sw"))
    assert score(sentences) > score(sentences.replace(".", ","))


# ---------------------------------------------------------------- words where no space parts them

@dataclass(frozen=True)
class Front:
    """A section front: linked headlines, each with a one-line excerpt, and a pager."""

    lang: str
    site: str
    section: str
    teasers: tuple[tuple[str, str], ...]  # headline, excerpt
    more: str  # the pager's "next page" label


FRONTS = {
    "zh": Front(
        "zh-CN", "城市晚报", "本地新闻",
        (("滨江路自行车道下月动工", "市交通局表示，新车道全长六公里，预计年底前建成通车。"),
         ("老城区三条街道将改为步行街", "改造工程分两期进行，第一期涉及商铺一百余家。"),
         ("市图书馆延长周末开放时间", "从下周起，市图书馆周六和周日将开放到晚上九点。"),
         ("今年首批保障性住房开始登记", "符合条件的家庭可在社区服务中心或网上提交申请。"),
         ("暴雨预警：明天午后有强降雨", "气象台提醒市民减少外出，注意防范城市内涝。"),
         ("中学生机器人大赛在体育馆开幕", "来自全省的八十支队伍参加了为期三天的比赛。"),
         ("菜市场价格监测：蔬菜价格小幅回落", "本周叶菜类平均价格比上周下降了百分之五左右。"),
         ("公交线路调整方案公开征求意见", "涉及调整的十二条线路主要集中在新城区一带。")),
        "下一页",
    ),
    "ja": Front(
        "ja", "みなと新聞", "地域ニュース",
        (("川沿いの自転車道、来月着工へ", "市の担当課によると、全長六キロの道を年内に完成させる予定だ。"),
         ("旧市街の三つの通りを歩行者天国に", "工事は二期に分けて行われ、第一期では約百店舗が対象となる。"),
         ("市立図書館、週末の開館時間を延長", "来週から土曜と日曜は午後九時まで利用できるようになる。"),
         ("市営住宅の入居者募集、今年も始まる", "条件を満たす世帯は、区役所の窓口かウェブで申し込める。"),
         ("大雨注意報、あすの午後は強い雨に", "気象台は不要な外出を控え、浸水に注意するよう呼びかけた。"),
         ("中学生ロボット大会、体育館で開幕", "県内各地から八十チームが参加し、三日間にわたって競う。"),
         ("青果市場の価格調査、野菜はやや値下がり", "今週の葉物野菜の平均価格は、先週より五パーセントほど下がった。"),
         ("バス路線の見直し案、市民の意見を募集", "見直しの対象となる十二路線は、主に新市街に集中している。")),
        "次のページ",
    ),
}


def front_of(f: Front, menu: tuple[str, ...]) -> str:
    """A WordPress-style category page (as tests/fixtures/generic/listing_01), in another language."""
    nav = "".join(f"<li><a href='/category/{i}/'>{label}</a></li>" for i, label in enumerate(menu))
    items = "".join(
        f"<article class='post-item'><a class='thumb' href='/news/{4800 + i}/'><img src='/t/{i}.jpg' alt=''></a>"
        f"<div class='post-item-body'><h2 class='post-item-title'><a href='/news/{4800 + i}/'>{title}</a></h2>"
        f"<p class='post-item-excerpt'>{excerpt}</p>"
        f"<span class='post-item-time'>2024-05-{10 + i}</span></div></article>"
        for i, (title, excerpt) in enumerate(f.teasers))
    pager = "".join(f"<a class='page-numbers' href='/category/local/page/{n}/'>{n}</a>" for n in range(2, 6))
    return (f"<html lang='{f.lang}'><head><meta charset='utf-8'><title>{f.section} | {f.site}</title>"
            f"<meta property='og:type' content='website'><meta property='og:site_name' content='{f.site}'></head>"
            f"<body class='category'><header class='site-header'><nav class='main-menu'><ul>{nav}</ul></nav></header>"
            f"<main class='container'><div class='col-main'><header class='archive-header'>"
            f"<h1 class='archive-title'>{f.section}</h1></header>{items}"
            f"<nav class='pagination'><span class='page-numbers current'>1</span>{pager}"
            f"<a class='next page-numbers' href='/category/local/page/2/'>{f.more}</a></nav></div></main>"
            f"<footer class='site-footer'>© 2024 {f.site}</footer></body></html>")


@pytest.mark.parametrize("key", sorted(FRONTS))
def test_a_section_front_in_an_unspaced_script_is_a_listing(key: str):
    # Each linked headline is one \w+ run: counted so, none would reach a headline's three words.
    result = extract(front_of(FRONTS[key], SAMPLES[key].menu), "https://city-news.example/category/local/",
                     use_profiles=False)
    assert result.record is None
    assert result.refusal == "listing"


# Three sentences of one short story, in Persian and in Chinese (each its own writing, same content).
SHORT_STORY = {
    "fa": ("شورای شهر روز سه‌شنبه طرح بازسازی بازار قدیمی را تصویب کرد.",
           "به گفته شهرداری، هزینه این کار حدود چهار میلیون تومان است و بیشتر آن را استان می‌پردازد.",
           "کاسبان میدان شهر از این تصمیم استقبال کردند."),
    "zh": ("市议会周二通过了修缮老市场的计划。",
           "据市政府介绍，这项工程耗资约四百万元，大部分由省里承担。",
           "在市中心广场摆摊的商户对这一决定表示欢迎。"),
}


def _short_page(lang: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in SHORT_STORY[lang])
    direction = " dir='rtl'" if lang == "fa" else ""
    headline = {"fa": "تصویب طرح بازسازی بازار قدیمی", "zh": "市议会批准修缮老市场"}[lang]
    return (f"<html lang='{lang}'{direction}><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<div class='wrap'><h1>{headline}</h1><div class='box'>{text}</div></div></body></html>")


def test_a_short_chinese_article_is_an_article_as_its_persian_twin_is():
    for lang in ("fa", "zh"):
        result = extract(_short_page(lang), URL, use_profiles=False)
        assert result.record is not None, (lang, result.refusal)
        assert result.record.body.split("\n\n") == [unify_letters(p) for p in SHORT_STORY[lang]]


def test_words_are_estimated_where_no_space_parts_them():
    # Spaced text: runs of word characters, as before.
    assert count_words("The council met on Tuesday.") == 5
    assert count_words(" ".join(SHORT_STORY["fa"])) == len(re.findall(r"\w+", " ".join(SHORT_STORY["fa"])))
    # Chinese counts about as many words as the same story in Persian (a clause is one \w+ run: 5 in all).
    fa, zh = (count_words(" ".join(SHORT_STORY[lang])) for lang in ("fa", "zh"))
    assert 0.7 * fa <= zh <= 1.3 * fa
    # Two ideographs or kana a word; Latin words and numbers inside them count as words.
    assert count_words("市议会周二通过") == 4
    assert count_words("GDP增长5%") == 3
    assert count_words("市役所の前で") == 3
    # Thai: four code points a word (vowel signs and tone marks included); a space ends a clause.
    thai = "สภาเมืองอนุมัติแผนปรับปรุงตลาดเก่า"  # "the city council approved a plan to renovate the old market"
    assert count_words(thai) == -(-len(thai) // 4)
    assert count_words(thai + " " + thai) == 2 * count_words(thai)
    # Korean writes spaces between its words.
    assert count_words("시의회는 화요일 저녁 본회의를 열었다") == 5
    # By space-separated tokens (the date and byline line rules): as str.split, unspaced runs estimated.
    assert count_words("Nov. 19, 2019, 8:41 AM", by_space=True) == 5
    assert count_words("2024年5月14日 19:30", by_space=True) == 7
    assert count_words(SHORT_STORY["zh"][0]) == 8  # 16 characters and a full stop
    assert count_words(SHORT_STORY["zh"][0], by_space=True) == 9  # … which is a token of its own here


def test_a_chinese_paragraph_opening_with_a_date_and_a_time_is_text():
    # A line of few space-separated tokens holding a year and a clock time is a date line; a Chinese
    # sentence is one such token, yet its characters make it text. The bare date line above still goes.
    sample = SAMPLES["zh"]
    first = "2024年5月14日晚19:30，市议会以多数票通过决议，决定对有百年历史的老市场进行全面修缮。"
    text = "".join(f"<p>{p}</p>" for p in ("2024年5月14日 19:30", first, *sample.paragraphs[1:]))
    html = (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{sample.headline}</title></head><body>"
            f"<div class='wrap'><h1>{sample.headline}</h1><div class='box'>{text}</div></div></body></html>")
    result = extract(html, URL, use_profiles=False)
    assert result.record is not None, result.refusal
    assert result.record.body.split("\n\n") == [first, *sample.paragraphs[1:]]


ARABIC_STORY = ("أقر المجلس البلدي مساء الثلاثاء خطة لترميم المكتبة القديمة في وسط المدينة، على أن"
                " يعاد افتتاحها في الربيع المقبل بعد سنتين من العمل.",
                "وقال رئيس البلدية إن الكلفة ستبلغ نحو مليوني دينار، يتحمل معظمها صندوق التنمية في"
                " المحافظة، وإن الأعمال ستبدأ الشهر المقبل.")
# The same kind of story in Persian typed on an Arabic keyboard layout: ي and ك for ی and ک.
PERSIAN_TYPED_ARABIC = ("شوراي شهر روز سه‌شنبه طرح بازسازي كتابخانهٔ قديمي مركز شهر را تصويب كرد و"
                        " گفت كه كار از ماه آينده آغاز مي‌شود.",
                        "به گفتهٔ شهردار، هزينهٔ اين طرح حدود دو ميليارد تومان است و بيشتر آن را"
                        " صندوق توسعهٔ استان مي‌پردازد.")


def _story_page(lang: str, headline: str, story: tuple[str, ...]) -> str:
    text = "".join(f"<p>{p}</p>" for p in story)
    return (f"<html lang='{lang}' dir='rtl'><head><meta charset='utf-8'><title>{headline}</title></head>"
            f"<body><div class='wrap'><h1>{headline}</h1><div class='news-text'>{text}</div></div></body></html>")


@pytest.mark.parametrize("lang", ["ar", "fa"])  # "fa": a Persian template's declaration on an Arabic page
def test_an_arabic_page_keeps_its_yeh_kaf_and_alef_maksura(lang: str):
    headline = "البلدية تقر خطة لترميم المكتبة القديمة"
    record = extract(_story_page(lang, headline, ARABIC_STORY), URL, use_profiles=False).record
    assert record is not None
    assert (record.headline, record.body.split("\n\n"), record.language) == (headline, list(ARABIC_STORY), "ar")


def test_a_persian_page_typed_with_arabic_yeh_and_kaf_is_written_with_persian_letters():
    headline = "تصويب طرح بازسازي كتابخانه"
    record = extract(_story_page("fa", headline, PERSIAN_TYPED_ARABIC), URL, use_profiles=False).record
    assert record is not None
    assert record.headline == "تصویب طرح بازسازی کتابخانه"
    assert record.body.split("\n\n") == [unify_letters(p) for p in PERSIAN_TYPED_ARABIC]
    assert "ي" not in record.body and "ك" not in record.body


def test_an_arabic_story_on_a_persian_sites_entry_is_arabic():
    """A Persian site's Arabic service: the entry's language (fa) gives way to the page's letters,
    and its zone (Tehran) stays."""
    from newsscraper.sites import site_for_url

    url = "https://www.yjc.ir/ar/news/8123456/"
    site = site_for_url(url)
    assert site is not None and site.language == "fa"
    headline = "البلدية تقر خطة لترميم المكتبة القديمة"
    record = extract(_story_page("ar", headline, ARABIC_STORY), url, site=site).record
    assert record is not None
    assert (record.language, record.headline, record.body.split("\n\n")) == ("ar", headline, list(ARABIC_STORY))


def test_a_persian_page_with_a_pashto_and_urdu_language_menu_is_still_persian():
    """A Dari service's menu names its sister services in their own letters («پښتو», «اردو»): the
    page is Persian all the same, and its Arabic-keyboard ي ك are folded."""
    headline = "تصويب طرح بازسازي كتابخانه"
    html = _story_page("fa-AF", headline, PERSIAN_TYPED_ARABIC).replace(
        "<body>", "<body><ul class='langs'><li>پښتو</li><li>اردو</li><li>English</li></ul>")
    record = extract(html, URL, use_profiles=False).record
    assert record is not None
    assert record.headline == "تصویب طرح بازسازی کتابخانه"
    assert "ي" not in record.body and "ك" not in record.body


def test_a_pashto_page_keeps_its_own_yeh():
    """Pashto writes ي and ی as two letters: its text keeps both."""
    story = ("د ښار شورا نن د زړې کتابتون د بیا جوړولو طرحه تصویب کړه او ويې ویل چې کار به راتلونکې"
             " میاشت پیل شي.", "د ښاروالۍ په وینا، د دې طرحې لګښت به نږدې دوه ملیونه افغانۍ وي او ډېره برخه"
             " به يې ولایت ورکړي.")
    record = extract(_story_page("ps", "د کتابتون د بیا جوړولو طرحه تصویب شوه", story), URL,
                     use_profiles=False).record
    assert record is not None
    assert (record.body.split("\n\n"), record.language) == (list(story), "ps")
