# Machine-assisted draft: not yet reviewed by a native speaker.

### Navrûya sepanên Salama: menû, rêbernameyên kurt û agahdarî.

app-name = Salama
app-tagline = Mafên we, bê înternet, bi zimanê we.
app-choose-language = Zimanê xwe hilbijêrin
app-menu-rights = Mafên xwe bixwînin
app-menu-search = Lêgerîn
app-menu-language = Zimên biguherînin
app-menu-quit = Derketin
app-prompt-choice = Hejmarekê binivîsin û pêl bişkoka Enter bikin.
app-prompt-search = Peyvên ku hûn lê digerin binivîsin, paşê pêl bişkoka Enter bikin.
app-prompt-continue = Ji bo vegerê, pêl bişkoka Enter bikin.
app-search-no-results = Tiştek nehat dîtin. Peyveke din biceribînin.
# $count hejmara gotarên ku hatin dîtin e.
app-search-results =
    { $count ->
        [one] Gotarek hat dîtin.
       *[other] { $count } gotar hatin dîtin.
    }
app-back = Vegerin
app-invalid-choice = Ji kerema xwe yek ji hejmarên ku têne nîşandan binivîsin.
app-review-machine-draft = Ev werger bi alîkariya makîneyê hatiye çêkirin û hê ji aliyê kesekî ku kurmancî zimanê wî yê dayikê ye ve nehatiye kontrolkirin.
app-review-native-reviewed = Ev werger ji aliyê kesekî ku kurmancî zimanê wî yê dayikê ye ve hatiye kontrolkirin.
app-review-legally-reviewed = Ev werger ji aliyê kesekî ku kurmancî zimanê wî yê dayikê ye û zanîna wî ya hiqûqî heye ve hatiye kontrolkirin.
notice-content-rebuilt = Naveroka Salamayê ya tomarkirî xera bûbû û ji nû ve hat avakirin. Rojnivîska we wekî xwe ma. Nûkirin dê di hevdemkirina bê de dîsa bên daxistin.
