import type { SeedArticle } from './types'

export const seedArticles: SeedArticle[] = [
  {
    key: 'khojaly-21st-anniversary',
    publishedAt: '2013-02-26T08:00:00.000Z',
    text: {
      en: {
        title: 'Azerbaijan marks the 21st anniversary of the Khojaly genocide',
        standfirst:
          'Twenty-one years ago, on the night of 25 to 26 February 1992, Armenian armed forces occupied the town of Khojaly and killed 613 civilians, including 83 children. Today a remembrance ceremony is being held at the memorial to the victims in the Khatai district.',
        paragraphs: [
          'Today Azerbaijan marks the 21st anniversary of the genocide in Khojaly. On the night of 25 to 26 February 1992 the second most important town populated by Azerbaijanis in Nagorny Karabakh was occupied by Armenian armed forces with the active participation of military personnel and equipment of the 366th infantry regiment of the Russian Army.',
          'Today, with the participation of President Ilham Aliyev and other heads of state, government officials, members of parliament, civil society and the diplomatic corps, a remembrance ceremony is being held at the Memorial to the victims of the Khojaly genocide in the Khatai district.',
          'Traditionally, participants of the ceremony lay flowers at the sculpture "The Call of the Mother". The names of all the victims are carved on the pedestal of the monument.',
          'The invaders captured the town and massacred hundreds of people, including women (some of whom were pregnant), children and the elderly. The destruction of the civilian population continued for a few days, as the cruel invaders chased people trying to reach Azeri positions in Agdam, executed and killed prisoners, raped women and children, and beheaded and hanged captives.',
          'In total they killed 613 civilians, including 83 children, 106 women and 70 old men. About a thousand people were disabled to varying degrees (including 76 minors) and 1,275 people were taken hostage. The fate of 150 of them is still not known. The horror of the Khojaly tragedy was captured by local and foreign journalists in photo and video footage and spread all over the world.',
          'The names of the Armenian separatists and the Russian military officers who committed the crimes against humanity are known. All of them are still at large and live in Russia, Armenia and Karabakh.',
          'According to the Military Prosecutor of Azerbaijan, Khanlar Veliyev, 287 people have been declared wanted in connection with the genocide in Khojaly.',
          'The Azerbaijani parliament has repeatedly made special statements calling on the international community, governments and parliaments of the world to recognize and condemn the genocide in Khojaly.',
          'Each year, the Armenian side tries to justify or downplay the significance of the crime. Attempts are made to explain the events in Khojaly as a result of the struggle for power and to blame the massacre on the Azerbaijani side. One reason for this is that the current leadership of Armenia is directly implicated in these crimes. Thus, the current and former Presidents of Armenia, Serzh Sargsyan and Robert Kocharyan, were directly involved in the crime, and Defense Minister Seyran Ohanyan commanded one of the divisions that captured Khojaly.',
          'Numerous pieces of documentary evidence, including photos and videos taken by local and foreign journalists and witnesses, conclusively prove that the massacres took place in the town of Khojaly and the territories controlled by the Armenians. The savage torture of Khojaly residents taken prisoner and hostage cannot be refuted either.',
          'In violation of international conventions and rules of international humanitarian law, the prisoners were subjected to unprecedented atrocities. Their scalps, ears, noses and genitals were cut off, and Azerbaijanis were beheaded over Armenian graves as a "sacrifice".',
          'Every year the whole world learns more of the truth about the Khojaly genocide. The diaspora and numerous student organizations of Azerbaijanis around the world hold actions demanding that the international community recognize and condemn the Khojaly genocide. These actions increasingly involve citizens of other states.',
          'On the eve of the anniversary of the Khojaly tragedy, these events were recognized as a massacre and a crime against humanity by the Committee on Foreign Affairs of the Czech Parliament and the state legislatures of Arkansas and New Mexico.',
          'Previously, the Khojaly genocide was recognized by the Senate and House of Representatives of Mexico and a Committee of the Parliament of Pakistan.',
        ],
      },
      az: {
        title: 'Azərbaycan Xocalı soyqırımının 21-ci ildönümünü anır',
        standfirst:
          '21 il əvvəl, 1992-ci il fevralın 25-dən 26-na keçən gecə erməni silahlı qüvvələri Xocalı şəhərini işğal edərək 83 uşaq da daxil olmaqla 613 dinc sakini qətlə yetirib. Bu gün Xətai rayonunda soyqırımı qurbanlarının xatirə abidəsi önündə anım mərasimi keçirilir.',
        paragraphs: [
          'Bu gün Azərbaycan Xocalı soyqırımının 21-ci ildönümünü qeyd edir. 1992-ci il fevralın 25-dən 26-na keçən gecə Dağlıq Qarabağda azərbaycanlıların yaşadığı ikinci ən mühüm şəhər Rusiya ordusunun 366-cı motoatıcı alayının hərbi qulluqçularının və texnikasının fəal iştirakı ilə erməni silahlı qüvvələri tərəfindən işğal edilib.',
          'Bu gün Prezident İlham Əliyevin, digər dövlət rəhbərlərinin, hökumət rəsmilərinin, parlament üzvlərinin, vətəndaş cəmiyyəti nümayəndələrinin və diplomatik korpusun iştirakı ilə Xətai rayonundakı Xocalı soyqırımı qurbanlarının xatirə abidəsi önündə anım mərasimi keçirilir.',
          'Ənənəyə görə, mərasim iştirakçıları «Ana harayı» heykəlinin önünə gül dəstələri qoyurlar. Abidənin postamentində bütün qurbanların adları həkk olunub.',
          'İşğalçılar şəhəri ələ keçirərək qadınlar (onlardan bəziləri hamilə idi), uşaqlar və qocalar da daxil olmaqla yüzlərlə insanı qətlə yetiriblər. Dinc əhalinin məhvi bir neçə gün davam edib: qəddar işğalçılar Ağdamdakı Azərbaycan mövqelərinə çatmağa çalışan insanları təqib edib, əsirləri güllələyib öldürüb, qadınlara və uşaqlara təcavüz edib, əsirlərin başlarını kəsib və onları asıblar.',
          'Ümumilikdə 613 dinc sakin, o cümlədən 83 uşaq, 106 qadın və 70 qoca qətlə yetirilib. Təxminən min nəfər (onlardan 76-sı azyaşlı) müxtəlif dərəcəli əlil olub, 1275 nəfər isə girov götürülüb. Onlardan 150-sinin taleyi hələ də məlum deyil. Xocalı faciəsinin dəhşətləri yerli və xarici jurnalistlər tərəfindən foto və video görüntülərə alınaraq bütün dünyaya yayılıb.',
          'İnsanlığa qarşı bu cinayətləri törətmiş erməni separatçılarının və rus zabitlərinin adları məlumdur. Onların hamısı hələ də azadlıqdadır və Rusiyada, Ermənistanda və Qarabağda yaşayır.',
          'Azərbaycanın hərbi prokuroru Xanlar Vəliyevin sözlərinə görə, Xocalı soyqırımı ilə bağlı 287 nəfər axtarışa verilib.',
          'Azərbaycan parlamenti dəfələrlə xüsusi bəyanatla çıxış edərək beynəlxalq ictimaiyyəti, dünya dövlətlərinin hökumət və parlamentlərini Xocalı soyqırımını tanımağa və pisləməyə çağırıb.',
          'Erməni tərəfi hər il bu cinayətə bəraət qazandırmağa və ya onun əhəmiyyətini azaltmağa çalışır. Xocalı hadisələrini hakimiyyət uğrunda mübarizənin nəticəsi kimi izah etməyə və qırğının məsuliyyətini Azərbaycan tərəfinin üzərinə atmağa cəhd göstərilir. Bunun səbəblərindən biri Ermənistanın hazırkı rəhbərliyinin bu cinayətlərdə birbaşa əli olmasıdır. Belə ki, Ermənistanın hazırkı və keçmiş prezidentləri Serj Sarkisyan və Robert Koçaryan cinayətdə bilavasitə iştirak ediblər, müdafiə naziri Seyran Ohanyan isə Xocalını ələ keçirən bölmələrdən birinə komandanlıq edib.',
          'Yerli və xarici jurnalistlərin, habelə şahidlərin çəkdiyi foto və videogörüntülər də daxil olmaqla çoxsaylı sənədli dəlillər qırğınların məhz Xocalı şəhərində və ermənilərin nəzarətində olan ərazilərdə törədildiyini qəti şəkildə sübut edir. Əsir və girov götürülmüş xocalılara verilən vəhşi işgəncələri də təkzib etmək mümkün deyil.',
          'Beynəlxalq konvensiyalar və beynəlxalq humanitar hüquq normaları pozularaq əsirlər misli görünməmiş vəhşiliklərə məruz qalıblar. Onların baş dəriləri soyulub, qulaqları, burunları və cinsiyyət orqanları kəsilib, azərbaycanlıların başları isə «qurban» kimi erməni məzarları üzərində vurulub.',
          'Hər il bütün dünya Xocalı soyqırımı barədə həqiqətləri daha çox öyrənir. Dünyanın müxtəlif ölkələrində Azərbaycan diasporu və azərbaycanlıların çoxsaylı tələbə təşkilatları beynəlxalq ictimaiyyətdən Xocalı soyqırımını tanımağı və pisləməyi tələb edən aksiyalar keçirir. Bu aksiyalara digər dövlətlərin vətəndaşları da getdikcə daha çox qoşulur.',
          'Xocalı faciəsinin ildönümü ərəfəsində bu hadisələr Çexiya parlamentinin Xarici işlər komitəsi, Arkanzas və Nyu-Meksiko ştatlarının qanunverici orqanları tərəfindən qırğın və insanlığa qarşı cinayət kimi tanınıb.',
          'Daha əvvəl Xocalı soyqırımı Meksika Senatı və Nümayəndələr Palatası, həmçinin Pakistan parlamentinin komitəsi tərəfindən tanınıb.',
        ],
      },
      ru: {
        title: 'Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида',
        standfirst:
          '21 год назад, в ночь с 25 на 26 февраля 1992 года, армянские вооруженные силы оккупировали город Ходжалы и убили 613 мирных жителей, в том числе 83 ребенка. Сегодня у мемориала жертвам геноцида в Хатаинском районе проходит траурная церемония.',
        paragraphs: [
          'Сегодня Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида. В ночь с 25 на 26 февраля 1992 года второй по значимости населенный азербайджанцами город Нагорного Карабаха был оккупирован армянскими вооруженными силами при активном участии военнослужащих и техники 366-го мотострелкового полка российской армии.',
          'Сегодня с участием Президента Ильхама Алиева, других руководителей государства, членов правительства, депутатов парламента, представителей гражданского общества и дипломатического корпуса у Мемориала жертвам Ходжалинского геноцида в Хатаинском районе проходит траурная церемония.',
          'По традиции участники церемонии возлагают цветы к скульптуре «Зов матери». На постаменте памятника высечены имена всех жертв.',
          'Захватчики овладели городом и учинили расправу над сотнями людей, в том числе над женщинами (некоторые из них были беременны), детьми и стариками. Уничтожение мирного населения продолжалось несколько дней: жестокие оккупанты преследовали людей, пытавшихся добраться до азербайджанских позиций в Агдаме, расстреливали и убивали пленных, насиловали женщин и детей, отрубали пленникам головы и вешали их.',
          'Всего было убито 613 мирных жителей, в том числе 83 ребенка, 106 женщин и 70 стариков. Около тысячи человек (в том числе 76 несовершеннолетних) стали инвалидами различной степени, 1275 человек были взяты в заложники. Судьба 150 из них до сих пор неизвестна. Ужасы Ходжалинской трагедии были запечатлены местными и иностранными журналистами на фото и видео и облетели весь мир.',
          'Имена армянских сепаратистов и российских офицеров, совершивших эти преступления против человечности, известны. Все они до сих пор находятся на свободе и проживают в России, Армении и Карабахе.',
          'По словам военного прокурора Азербайджана Ханлара Велиева, по делу о геноциде в Ходжалы в розыск объявлены 287 человек.',
          'Парламент Азербайджана неоднократно выступал со специальными заявлениями, призывая международное сообщество, правительства и парламенты стран мира признать и осудить геноцид в Ходжалы.',
          'Каждый год армянская сторона пытается оправдать это преступление или преуменьшить его значение. Предпринимаются попытки объяснить события в Ходжалы борьбой за власть и возложить ответственность за массовое убийство на азербайджанскую сторону. Одна из причин этого в том, что нынешнее руководство Армении напрямую причастно к этим преступлениям. Так, нынешний и бывший президенты Армении Серж Саргсян и Роберт Кочарян принимали непосредственное участие в преступлении, а министр обороны Сейран Оганян командовал одним из подразделений, захвативших Ходжалы.',
          'Многочисленные документальные свидетельства, в том числе фото- и видеоматериалы, снятые местными и иностранными журналистами и очевидцами, неопровержимо доказывают, что массовые убийства происходили в городе Ходжалы и на территориях, контролируемых армянами. Невозможно опровергнуть и зверские пытки, которым подвергались взятые в плен и в заложники жители Ходжалы.',
          'В нарушение международных конвенций и норм международного гуманитарного права пленные подвергались беспрецедентным зверствам. С них снимали скальпы, им отрезали уши, носы и половые органы, а азербайджанцам в качестве «жертвоприношения» отрубали головы над армянскими могилами.',
          'С каждым годом весь мир узнает всё больше правды о Ходжалинском геноциде. Диаспора и многочисленные студенческие организации азербайджанцев по всему миру проводят акции, требуя от международного сообщества признать и осудить Ходжалинский геноцид. К этим акциям присоединяется всё больше граждан других государств.',
          'Накануне годовщины Ходжалинской трагедии эти события были признаны массовым убийством и преступлением против человечности Комитетом по иностранным делам парламента Чехии, законодательными собраниями штатов Арканзас и Нью-Мексико.',
          'Ранее Ходжалинский геноцид признали Сенат и Палата представителей Мексики, а также комитет парламента Пакистана.',
        ],
      },
    },
  },
  {
    key: 'caspian-coast-autumn-weather-outlook',
    publishedAt: '2026-10-03T07:30:00.000Z',
    text: {
      en: {
        title: 'Forecasters expect a mild and mostly dry October on the Caspian coast',
        standfirst:
          'Daytime temperatures on the Absheron Peninsula are expected to stay between 17 and 22 degrees for most of the month, with the first noticeable cold snap likely in late October.',
        paragraphs: [
          'Weather forecasters expect October on the Caspian coast of Azerbaijan to be milder than usual. Daytime temperatures on the Absheron Peninsula should stay between 17 and 22 degrees Celsius for most of the month, while nights will cool to 10–13 degrees. At the start of the month, the sea water off Baku is still around 19 degrees.',
          'Little rain is expected in the first half of October, with only two or three days of light showers. On some days a strong northerly wind, known locally as the khazri, will blow, with gusts of up to 15–18 metres per second. Forecasters advise residents to remove loose objects from balconies when storm warnings are issued.',
          'The first noticeable cold snap is likely in the last week of October, when daytime temperatures may drop to 12–14 degrees. In the southern coastal districts of Lankaran and Astara, autumn rains are expected to start earlier and be heavier than in Baku. A more detailed forecast for November will be published at the end of the month.',
        ],
      },
      az: {
        title: 'Sinoptiklər Xəzər sahilində mülayim və əsasən quraq oktyabr gözləyir',
        standfirst:
          'Ayın böyük hissəsində Abşeron yarımadasında gündüz temperaturunun 17–22 dərəcə arasında qalacağı, ilk nəzərəçarpan soyuqlaşmanın isə oktyabrın sonlarında baş verəcəyi gözlənilir.',
        paragraphs: [
          'Sinoptiklərin proqnozuna görə, Azərbaycanın Xəzər sahilində oktyabr ayı adi illərə nisbətən daha mülayim keçəcək. Ayın böyük hissəsində Abşeron yarımadasında gündüz havanın temperaturu 17–22 dərəcə isti olacaq, gecələr isə hava 10–13 dərəcəyədək sərinləyəcək. Ayın əvvəlində Bakı sahillərində dəniz suyunun temperaturu hələ də təxminən 19 dərəcədir.',
          'Oktyabrın birinci yarısında az yağıntı gözlənilir: cəmi iki-üç gün zəif yağış yağacaq. Bəzi günlərdə güclü şimal küləyi – xəzri əsəcək, küləyin ani sürəti saniyədə 15–18 metrə çata bilər. Sinoptiklər fırtına xəbərdarlığı veriləndə sakinlərə eyvanlardakı bərkidilməmiş əşyaları yığışdırmağı tövsiyə edir.',
          'İlk nəzərəçarpan soyuqlaşma oktyabrın son həftəsində gözlənilir: gündüz temperatur 12–14 dərəcəyədək enə bilər. Cənub sahil bölgələrində – Lənkəran və Astara rayonlarında payız yağışlarının Bakıdakından daha tez başlayacağı və daha güclü olacağı gözlənilir. Noyabr ayı üçün daha ətraflı proqnoz ayın sonunda açıqlanacaq.',
        ],
      },
      ru: {
        title: 'Синоптики прогнозируют мягкий и в основном сухой октябрь на побережье Каспия',
        standfirst:
          'Дневная температура на Абшеронском полуострове большую часть месяца будет держаться в пределах 17–22 градусов, а первое заметное похолодание ожидается в конце октября.',
        paragraphs: [
          'По прогнозу синоптиков, октябрь на азербайджанском побережье Каспия будет мягче обычного. Большую часть месяца дневная температура на Абшеронском полуострове будет держаться на уровне 17–22 градусов тепла, а ночью воздух будет остывать до 10–13 градусов. Температура морской воды у побережья Баку в начале месяца по-прежнему составляет около 19 градусов.',
          'В первой половине октября осадков ожидается немного: лишь два-три дня с небольшим дождем. В отдельные дни будет дуть сильный северный ветер хазри с порывами до 15–18 метров в секунду. Синоптики советуют жителям при штормовом предупреждении убирать с балконов незакрепленные предметы.',
          'Первое заметное похолодание ожидается в последнюю неделю октября, когда дневная температура может опуститься до 12–14 градусов. В южных прибрежных районах — Ленкоранском и Астаринском — осенние дожди, как ожидается, начнутся раньше и будут сильнее, чем в Баку. Более подробный прогноз на ноябрь будет опубликован в конце месяца.',
        ],
      },
    },
  },
  {
    key: 'baku-book-fair-opens',
    publishedAt: '2026-10-14T09:15:00.000Z',
    text: {
      en: {
        title: 'Baku International Book Fair opens with publishers from 18 countries',
        standfirst:
          'More than 120 publishing houses are presenting their books at the fair, which runs until 18 October with free entry for all visitors.',
        paragraphs: [
          'The Baku International Book Fair opened on Wednesday at the Baku Expo Center. More than 120 publishing houses from 18 countries are presenting new titles in Azerbaijani, English, Russian, Turkish and other languages. Admission is free, and the fair is open daily from 10:00 to 19:00 until 18 October.',
          'This year the organisers have set aside a separate hall for children\'s literature, with reading corners and illustration workshops. The programme of more than 40 events includes book presentations, meetings with authors and translators, and panel discussions on the future of reading.',
          'Many stands offer discounts of up to 30 per cent on new releases. Visitors can also take part in a book exchange, leaving one of their own books and choosing another in return. The organisers expect the fair to attract more than 50,000 visitors over five days.',
        ],
      },
      az: {
        title: 'Bakı Beynəlxalq Kitab Sərgisi 18 ölkədən nəşriyyatların iştirakı ilə açılıb',
        standfirst:
          '120-dən çox nəşriyyatın kitablarını təqdim etdiyi sərgi oktyabrın 18-dək davam edəcək, giriş bütün ziyarətçilər üçün pulsuzdur.',
        paragraphs: [
          'Bakı Beynəlxalq Kitab Sərgisi çərşənbə günü Bakı Ekspo Mərkəzində açılıb. 18 ölkədən 120-dən çox nəşriyyat Azərbaycan, ingilis, rus, türk və digər dillərdə yeni nəşrlərini təqdim edir. Giriş pulsuzdur, sərgi oktyabrın 18-dək hər gün saat 10:00-dan 19:00-dək açıq olacaq.',
          'Bu il təşkilatçılar uşaq ədəbiyyatı üçün ayrıca zal ayırıblar: burada mütaliə guşələri yaradılıb, illüstrasiya üzrə ustad dərsləri keçirilir. 40-dan çox tədbirdən ibarət proqrama kitab təqdimatları, müəllif və tərcüməçilərlə görüşlər, həmçinin mütaliənin gələcəyinə dair panel müzakirələri daxildir.',
          'Bir çox stendlərdə yeni nəşrlərə 30 faizədək endirim tətbiq olunur. Ziyarətçilər kitab mübadiləsində də iştirak edə bilərlər: öz kitablarından birini qoyub əvəzində başqasını seçmək mümkündür. Təşkilatçılar beş gün ərzində sərgini 50 mindən çox nəfərin ziyarət edəcəyini gözləyirlər.',
        ],
      },
      ru: {
        title: 'В Баку открылась международная книжная выставка с участием издательств из 18 стран',
        standfirst:
          'Более 120 издательств представляют свои книги на выставке, которая продлится до 18 октября; вход для всех посетителей свободный.',
        paragraphs: [
          'В среду в Бакинском экспоцентре открылась Бакинская международная книжная выставка. Более 120 издательств из 18 стран представляют новинки на азербайджанском, английском, русском, турецком и других языках. Вход свободный, выставка будет работать ежедневно с 10:00 до 19:00 до 18 октября.',
          'В этом году организаторы выделили отдельный зал для детской литературы с уголками для чтения и мастер-классами по иллюстрации. Программа из более чем 40 мероприятий включает презентации книг, встречи с авторами и переводчиками, а также дискуссии о будущем чтения.',
          'На многих стендах действуют скидки до 30 процентов на новые издания. Посетители также могут принять участие в книгообмене: оставить одну из своих книг и взамен выбрать другую. Организаторы рассчитывают, что за пять дней выставку посетят более 50 тысяч человек.',
        ],
      },
    },
  },
  {
    key: 'ganja-youth-chess-tournament',
    publishedAt: '2026-10-22T12:40:00.000Z',
    text: {
      en: {
        title: 'Ganja hosts youth chess tournament with 160 players aged 8 to 18',
        standfirst:
          'The nine-round tournament, held in four age groups, brings together young players from 24 cities and districts of Azerbaijan.',
        paragraphs: [
          'A youth chess tournament opened in Ganja on Thursday, bringing together 160 boys and girls aged 8 to 18. The players represent chess schools and clubs from 24 cities and districts of the country. The games are being played in the hall of the Ganja Olympic Sports Complex.',
          'The competition is held under the Swiss system over nine rounds in four age groups: under 10, under 12, under 14 and under 18. Each player has 60 minutes per game, with 30 seconds added after every move. The games are streamed online, and parents can follow them from a separate room.',
          'The top three players in each age group will receive medals, diplomas and chess sets, and the winners will earn a place in the national youth championship. The closing ceremony will be held on 27 October. The organisers intend to make the tournament an annual event.',
        ],
      },
      az: {
        title: 'Gəncədə 8–18 yaşlı 160 şahmatçının iştirakı ilə gənclər turniri başlayıb',
        standfirst:
          'Dörd yaş qrupu üzrə doqquz turda keçirilən turnirdə Azərbaycanın 24 şəhər və rayonundan olan gənc şahmatçılar mübarizə aparır.',
        paragraphs: [
          'Cümə axşamı Gəncədə 8 yaşdan 18 yaşadək 160 oğlan və qızın iştirak etdiyi gənclər arasında şahmat turniri başlayıb. İştirakçılar ölkənin 24 şəhər və rayonunun şahmat məktəblərini və klublarını təmsil edir. Oyunlar Gəncə Olimpiya İdman Kompleksinin zalında keçirilir.',
          'Yarış İsveçrə sistemi üzrə doqquz turda, dörd yaş qrupunda keçirilir: 10, 12, 14 və 18 yaşadək. Hər iştirakçıya partiya üçün 60 dəqiqə vaxt verilir, hər gedişdən sonra isə 30 saniyə əlavə olunur. Partiyalar onlayn yayımlanır, valideynlər isə onları ayrıca otaqdan izləyə bilərlər.',
          'Hər yaş qrupunda ilk üç yeri tutan iştirakçılar medal, diplom və şahmat dəstləri ilə təltif olunacaq, qaliblər isə ölkənin gənclər birinciliyində iştirak hüququ qazanacaqlar. Bağlanış mərasimi oktyabrın 27-də keçiriləcək. Təşkilatçılar turniri ənənəvi hala gətirmək niyyətindədirlər.',
        ],
      },
      ru: {
        title: 'В Гяндже стартовал шахматный турнир для 160 юных игроков от 8 до 18 лет',
        standfirst:
          'В турнире, который проходит в девять туров в четырех возрастных группах, участвуют юные шахматисты из 24 городов и районов Азербайджана.',
        paragraphs: [
          'В четверг в Гяндже стартовал юношеский шахматный турнир, в котором участвуют 160 мальчиков и девочек в возрасте от 8 до 18 лет. Игроки представляют шахматные школы и клубы из 24 городов и районов страны. Партии проходят в зале Гянджинского олимпийского спортивного комплекса.',
          'Соревнования проводятся по швейцарской системе в девять туров в четырех возрастных группах: до 10, до 12, до 14 и до 18 лет. На партию участнику отводится 60 минут с добавлением 30 секунд за каждый ход. Партии транслируются онлайн, а родители могут следить за ними из отдельного помещения.',
          'Призеры в каждой возрастной группе получат медали, дипломы и шахматные наборы, а победители — право участвовать в юношеском первенстве страны. Церемония закрытия пройдет 27 октября. Организаторы намерены сделать турнир ежегодным.',
        ],
      },
    },
  },
  {
    key: 'sheki-caravanserai-restoration',
    publishedAt: '2026-10-30T10:05:00.000Z',
    text: {
      en: {
        title: 'Restoration of a 19th-century caravanserai begins in the old town of Sheki',
        standfirst:
          'Over 18 months, specialists will restore the stone walls, arched galleries and wooden roof of the building, which will then house a crafts centre and a small museum.',
        paragraphs: [
          'Restoration work has begun on one of the old caravanserais in the historic centre of Sheki. The two-storey building, erected in the 19th century, once served merchants travelling along the trade routes through the region. The historic centre of Sheki, together with the Khan\'s Palace, has been on the UNESCO World Heritage List since 2019.',
          'Specialists will first strengthen the foundation and the stone walls, and then restore the arched galleries around the inner courtyard. The damaged wooden roof will be replaced using local chestnut timber. Only techniques and materials close to the original ones will be used in the restoration.',
          'The work is expected to take about 18 months. After the restoration, the caravanserai will house a crafts centre with silk-weaving and shebeke workshops, as well as a small museum devoted to the trading history of the town. The courtyard will be open to visitors free of charge.',
        ],
      },
      az: {
        title: 'Şəkinin tarixi mərkəzində XIX əsrə aid karvansarayın bərpasına başlanılıb',
        standfirst:
          'Mütəxəssislər 18 ay ərzində binanın daş divarlarını, tağlı qalereyalarını və taxta damını bərpa edəcəklər, işlər başa çatdıqdan sonra burada sənətkarlıq mərkəzi və kiçik muzey fəaliyyət göstərəcək.',
        paragraphs: [
          'Şəkinin tarixi mərkəzindəki qədim karvansaraylardan birində bərpa işlərinə başlanılıb. XIX əsrdə tikilmiş ikimərtəbəli bina vaxtilə bölgədən keçən ticarət yolları ilə səyahət edən tacirlərə xidmət göstərib. Xan sarayı ilə birlikdə Şəkinin tarixi mərkəzi 2019-cu ildən UNESCO-nun Ümumdünya İrs Siyahısına daxildir.',
          'Mütəxəssislər əvvəlcə bünövrəni və daş divarları möhkəmləndirəcək, sonra isə daxili həyəti əhatə edən tağlı qalereyaları bərpa edəcəklər. Zədələnmiş taxta dam yerli şabalıd ağacından istifadə olunmaqla yenidən qurulacaq. Bərpa zamanı yalnız orijinala yaxın texnologiyalar və materiallar tətbiq ediləcək.',
          'İşlərin təxminən 18 ay çəkəcəyi gözlənilir. Bərpadan sonra karvansarayda ipək toxuculuğu və şəbəkə emalatxanaları olan sənətkarlıq mərkəzi, həmçinin şəhərin ticarət tarixinə həsr olunmuş kiçik muzey yerləşəcək. Həyət ziyarətçilər üçün pulsuz açıq olacaq.',
        ],
      },
      ru: {
        title: 'В историческом центре Шеки начали реставрировать караван-сарай XIX века',
        standfirst:
          'За 18 месяцев специалисты восстановят каменные стены, арочные галереи и деревянную кровлю здания, после чего в нем разместятся ремесленный центр и небольшой музей.',
        paragraphs: [
          'В историческом центре Шеки начались реставрационные работы в одном из старинных караван-сараев. Двухэтажное здание, возведенное в XIX веке, когда-то служило пристанищем для купцов, путешествовавших по торговым путям региона. Исторический центр Шеки вместе с Ханским дворцом с 2019 года входит в список Всемирного наследия ЮНЕСКО.',
          'Сначала специалисты укрепят фундамент и каменные стены, а затем восстановят арочные галереи вокруг внутреннего двора. Поврежденную деревянную кровлю заменят новой из местной каштановой древесины. При реставрации будут использоваться только технологии и материалы, близкие к первоначальным.',
          'Работы, как ожидается, займут около 18 месяцев. После реставрации в караван-сарае разместятся ремесленный центр с мастерскими шелкоткачества и шебеке, а также небольшой музей, посвященный торговой истории города. Вход во внутренний двор для посетителей будет бесплатным.',
        ],
      },
    },
  },
  {
    key: 'baku-metro-new-timetable',
    publishedAt: '2026-11-06T06:45:00.000Z',
    corrections: [
      {
        kind: 'correction',
        date: '2026-11-06T11:20:00.000Z',
        text: {
          az: 'Məqalənin ilk versiyasında həftə sonları gündüz qatarların hər 6 dəqiqədən bir hərəkət edəcəyi yazılmışdı. Əslində interval 5 dəqiqədir.',
          en: 'An earlier version of this article said that daytime trains would run every 6 minutes at weekends. They run every 5 minutes.',
          ru: 'В первой версии статьи говорилось, что в выходные днём поезда будут ходить каждые 6 минут. На самом деле интервал составляет 5 минут.',
        },
      },
    ],
    text: {
      en: {
        title: 'Baku Metro introduces new timetable with more frequent evening trains',
        standfirst:
          'From 9 November, trains will run at shorter intervals after 20:00, and the last trains will leave the terminal stations half an hour later than now.',
        paragraphs: [
          'Baku Metro will switch to a new timetable on Monday, 9 November. In the evening, from 20:00 to 23:00, trains will run every 4 minutes instead of the current 6 minutes. The last trains will depart from the terminal stations at 00:30 instead of midnight.',
          'Intervals during the morning and evening peak hours will remain unchanged at around 2–3 minutes. At weekends, daytime trains will run every 5 minutes. Updated timetables have already been posted at station entrances and published on the official website of the metro.',
          'The change is linked to growing passenger numbers in the evening, particularly on weekdays. The metro administration recommends that passengers check the departure time of the last train from their station in advance. The new timetable will be reviewed after three months of operation.',
        ],
      },
      az: {
        title: 'Bakı metrosunda yeni qrafik: axşamlar qatarlar daha tez-tez hərəkət edəcək',
        standfirst:
          'Noyabrın 9-dan etibarən saat 20:00-dən sonra qatarlar arasındakı interval qısalacaq, axırıncı qatarlar isə son stansiyalardan indikindən yarım saat gec yola düşəcək.',
        paragraphs: [
          'Bakı metrosu noyabrın 9-da, bazar ertəsi yeni hərəkət qrafikinə keçəcək. Axşam saat 20:00-dən 23:00-dək qatarlar hazırkı 6 dəqiqə əvəzinə hər 4 dəqiqədən bir hərəkət edəcək. Axırıncı qatarlar son stansiyalardan gecə yarısı deyil, saat 00:30-da yola düşəcək.',
          'Səhər və axşam pik saatlarında intervallar dəyişməz qalacaq və təxminən 2–3 dəqiqə təşkil edəcək. Həftə sonları gündüz saatlarında qatarlar hər 5 dəqiqədən bir hərəkət edəcək. Yenilənmiş qrafiklər artıq stansiyaların girişlərində yerləşdirilib və metropolitenin rəsmi saytında dərc olunub.',
          'Dəyişiklik axşam saatlarında, xüsusilə iş günlərində sərnişin sayının artması ilə bağlıdır. Metropoliten rəhbərliyi sərnişinlərə öz stansiyalarından axırıncı qatarın yola düşmə vaxtını əvvəlcədən dəqiqləşdirməyi tövsiyə edir. Yeni qrafik üç aylıq istismardan sonra yenidən nəzərdən keçiriləcək.',
        ],
      },
      ru: {
        title: 'Бакинский метрополитен переходит на новый график: вечером поезда пойдут чаще',
        standfirst:
          'С 9 ноября после 20:00 интервалы движения поездов сократятся, а последние поезда будут отправляться с конечных станций на полчаса позже, чем сейчас.',
        paragraphs: [
          'Бакинский метрополитен в понедельник, 9 ноября, перейдет на новый график движения. Вечером, с 20:00 до 23:00, поезда будут ходить каждые 4 минуты вместо нынешних 6 минут. Последние поезда будут отправляться с конечных станций в 00:30, а не в полночь.',
          'Интервалы в утренние и вечерние часы пик останутся прежними — около 2–3 минут. В выходные дни в дневное время поезда будут ходить каждые 5 минут. Обновленные расписания уже размещены у входов на станции и опубликованы на официальном сайте метрополитена.',
          'Изменения связаны с ростом пассажиропотока в вечерние часы, особенно в будние дни. Администрация метрополитена рекомендует пассажирам заранее уточнять время отправления последнего поезда со своей станции. Новый график будет пересмотрен через три месяца после введения.',
        ],
      },
    },
  },
  {
    key: 'baku-new-pedestrian-street',
    publishedAt: '2026-11-17T13:20:00.000Z',
    text: {
      en: {
        title: 'Car-free pedestrian street with benches and trees opens in central Baku',
        standfirst:
          'A 650-metre section of a street in the Sabail district has been closed to traffic and repaved, with new benches and lighting installed and 120 trees planted.',
        paragraphs: [
          'A new pedestrian street opened in the Sabail district of Baku on Tuesday. The 650-metre section, previously used by cars and buses, has been fully closed to motor traffic. The street has been repaved with natural stone, and the old overhead cables have been moved underground.',
          'Along the street, 120 trees have been planted and more than 60 benches installed. New energy-efficient lighting has been fitted, and ramps have been built at every crossing for wheelchair users and parents with prams. Cafés on the ground floors of the buildings can now set up tables outdoors.',
          'Delivery vehicles serving the shops on the street will be allowed in only from 07:00 to 10:00. The routes of two nearby bus lines have been slightly changed, and new stops have been set up at both ends of the street. According to the city authorities, similar projects are being considered for other districts of the capital.',
        ],
      },
      az: {
        title: 'Bakının mərkəzində skamyalar və ağaclarla avtomobilsiz piyada küçəsi açılıb',
        standfirst:
          'Səbail rayonunda küçənin 650 metrlik hissəsi nəqliyyatın hərəkətinə bağlanıb və yenidən döşənib, burada yeni skamyalar və işıqlandırma quraşdırılıb, 120 ağac əkilib.',
        paragraphs: [
          'Çərşənbə axşamı Bakının Səbail rayonunda yeni piyada küçəsi açılıb. Əvvəllər minik avtomobillərinin və avtobusların hərəkət etdiyi 650 metrlik hissə nəqliyyat vasitələrinin hərəkəti üçün tamamilə bağlanıb. Küçənin örtüyü təbii daşla yenidən döşənib, köhnə hava kabelləri isə yerin altına köçürülüb.',
          'Küçə boyunca 120 ağac əkilib, 60-dan çox skamya quraşdırılıb. Enerjiyə qənaət edən yeni işıqlandırma sistemi qurulub, hər keçiddə əlil arabasından istifadə edənlər və uşaq arabalı valideynlər üçün panduslar tikilib. Binaların birinci mərtəbələrində yerləşən kafelər indi küçədə açıq havada masalar qoya bilər.',
          'Küçədəki mağazalara xidmət göstərən yük maşınlarının girişinə yalnız saat 07:00-dən 10:00-dək icazə veriləcək. Yaxınlıqdan keçən iki avtobus marşrutunun hərəkət sxemi qismən dəyişdirilib, küçənin hər iki başında yeni dayanacaqlar yaradılıb. Şəhər rəhbərliyinin məlumatına görə, paytaxtın digər rayonlarında da oxşar layihələr nəzərdən keçirilir.',
        ],
      },
      ru: {
        title: 'В центре Баку открылась пешеходная улица со скамейками и деревьями',
        standfirst:
          'Участок улицы длиной 650 метров в Сабаильском районе закрыли для транспорта и заново замостили, установив новые скамейки и освещение и высадив 120 деревьев.',
        paragraphs: [
          'Во вторник в Сабаильском районе Баку открылась новая пешеходная улица. Участок длиной 650 метров, по которому раньше ездили легковые автомобили и автобусы, полностью закрыт для движения транспорта. Покрытие улицы заново выложено натуральным камнем, а старые воздушные кабели перенесены под землю.',
          'Вдоль улицы высажено 120 деревьев и установлено более 60 скамеек. Смонтировано новое энергоэффективное освещение, а на каждом перекрестке обустроены пандусы для людей на креслах-колясках и родителей с детскими колясками. Кафе на первых этажах зданий теперь могут выставлять столики на улице.',
          'Въезд грузовых машин, обслуживающих магазины на улице, будет разрешен только с 07:00 до 10:00. Схема движения двух автобусных маршрутов, проходящих поблизости, немного изменена, а на обоих концах улицы оборудованы новые остановки. По словам городских властей, подобные проекты рассматриваются и для других районов столицы.',
        ],
      },
    },
  },
]
