### Konsortio suomeksi (Finnish). Keys and { $variables } as in en.ftl.

## Invoices, credit notes and member statements (konsortio-pdf)

doc-invoice = LASKU
doc-credit-note = HYVITYSLASKU
doc-number = Numero
doc-issue-date = Päivämäärä
doc-due-date = Eräpäivä
doc-payment-reference = Viitenumero
doc-buyer-reference = Viitteenne
doc-buyer = Ostaja
doc-vat-id = ALV-tunnus
doc-email = Sähköposti
doc-credited-invoice = Hyvitettävä lasku
doc-description = Kuvaus
doc-period = Kausi
doc-vat-rate = ALV %
doc-net = Veroton
doc-vat-breakdown = ALV-erittely
doc-category = Verokoodi
doc-taxable = Veron peruste
doc-vat = ALV
doc-net-total = Veroton yhteensä
doc-vat-total = ALV yhteensä
doc-total-to-pay = Maksettava yhteensä
doc-total-credited = Hyvitys yhteensä
doc-exchange-rate = Valuuttakurssi
doc-vat-national = ALV kotimaan valuutassa
doc-payment-details = Maksutiedot
doc-beneficiary = Saaja
doc-amount = Summa
doc-page-of = Sivu { $n }/{ $m }
# Laki: arvonlisäverolaki 209 f § 1 mom. 11 a kohta: "käännetty verovelvollisuus".
doc-reverse-charge = Käännetty verovelvollisuus
doc-category-standard = Verollinen
doc-category-zero-rated = Nollaverokanta
doc-category-exempt = Veroton
doc-category-intra-community = Yhteisömyynti
doc-category-export = Vienti
doc-category-not-subject = Ei arvonlisäveron alainen
doc-statement = Kustannuserittely { $year }
doc-member = Jäsen
doc-deal = Sopimus
doc-whole-share = Koko osuus
doc-funder-paid = Rahoittaja maksaa
doc-you-pay = Maksatte
doc-last-year = Edellinen vuosi
doc-change = Muutos
doc-cost-per-use = Hinta per käyttö
doc-total = Yhteensä
doc-how-computed = Näin osuudet laskettiin
doc-line-share = { $title }: osuus { $year }
doc-line-funder-part = { $title }: rahoittajan osuus { $year }

## Komentorivi (konsortio-cli)

cli-error = virhe: { $message }
cli-imported = tuotu { $count } { $kind }
cli-exported = viety { $count } { $kind } tiedostoon { $file }
cli-database = tietokanta { $file } (skeeman versio { $version })
cli-seeded = Tietokantaan { $file } ladattiin esittelykonsortio.
cli-demo-not-empty = { $file } sisältää jo konsortion; --demo latautuu vain tyhjään tietokantaan
cli-backed-up = varmuuskopioitu tiedostoon { $file }
cli-finalised = vahvistettu { $deal } { $year }: yhteensä { $total }, rahoittaja { $funder }
cli-statement-written = jäsenen { $member } vuoden { $year } erittely kirjoitettu tiedostoon { $file } ({ $size } kt)
cli-explained = { $member }, { $deal } { $year }:
cli-rule-syntax = --rule '{ $text }' annetaan muodossa NIMI=SÄÄNTÖ, esim. "fte=shared: fte"
cli-not-a-kind = '{ $name }' ei ole tietuelaji; käytä jotakin näistä: { $kinds }
cli-rows =
    { $count ->
        [one] ({ $count } rivi)
       *[other] ({ $count } riviä)
    }
cli-split-heading = { $deal }: jako vuodelle { $year } ({ $status })
cli-split-draft = luonnos
cli-split-finalised = vahvistettu { $at }, { $by }
cli-rule = sääntö: { $rule }
cli-equal-shares = tasaosuudet
cli-total = yhteensä
cli-participants =
    { $count ->
        [one] { $count } osallistuja
       *[other] { $count } osallistujaa
    }
cli-price-line = hinta { $price }; { $funder } maksaa { $funded }; jäsenet maksavat { $paid } ({ $currency })
cli-funder = rahoittaja
cli-col-member = jäsen
cli-col-name = nimi
cli-col-pays = maksaa
cli-col-funder-pays = rahoittaja maksaa
cli-col-notional = koko osuus
cli-col-last-year = edellinen vuosi
cli-col-change = muutos
cli-col-standalone = erillishinta
cli-col-at = aika
cli-col-actor = tekijä
cli-col-action = toiminto
cli-col-kind = laji
cli-col-key = avain
cli-col-detail = tiedot
cli-col-number = numero
cli-col-issued = päivätty
cli-col-due = eräpäivä
cli-col-recipient = vastaanottaja
cli-col-currency = valuutta
cli-col-lines = rivejä
cli-col-net = veroton
cli-col-vat = ALV
cli-col-gross = verollinen
cli-col-paid = maksettu
cli-col-credited = hyvitetty
cli-col-status = tila
cli-invoice-credits = hyvittää laskun { $number }
cli-invoices-issuing = laadittu { $done }/{ $total }
cli-invoices-exporting = viety { $done }/{ $total }
cli-invoices-issued =
    { $count ->
        [0] laadittiin 0 laskua
        [one] laadittiin 1 lasku: { $first }
       *[other] laadittiin { $count } laskua: { $first }–{ $last }
    }
cli-invoices-left-out =
    { $count ->
        [one] 1 jo laskutettu osuus jätettiin pois
       *[other] { $count } jo laskutettua osuutta jätettiin pois
    }
cli-invoices-drafts =
    { $count ->
        [one] 1 luonnos, yhteensä { $totals }; mitään ei numeroitu eikä tallennettu
       *[other] { $count } luonnosta, yhteensä { $totals }; mitään ei numeroitu eikä tallennettu
    }
cli-invoices-nothing = ei mitään
cli-invoices-credit-issued = laadittiin hyvityslasku { $note }, { $amount }, laskulle { $number }
cli-invoices-payment = kirjattu; laskun { $number } tila: { $status }
cli-invoices-register = viety { $invoices } laskua ja { $lines } riviä kansioon { $dir }
cli-invoices-ubl = viety { $count } verkkolaskua kansioon { $dir }
cli-invoices-pdf = viety { $count } PDF-tiedostoa kansioon { $dir }
cli-usage-period = { $begin } – { $end }
cli-usage-or = { $first } tai { $second }
cli-usage-separator = { ", " }
cli-usage-rows-items =
    { $rows ->
        [one] { $rows } rivi
       *[other] { $rows } riviä
    }, { $items ->
        [one] { $items } kohde
       *[other] { $items } kohdetta
    }
cli-usage-inspect-heading = { $file }: COUNTER-versio { $release }, raportti { $report } ({ $name })
cli-usage-institution = organisaatio: { $institution }
cli-usage-period-line = kausi: { $period }
cli-usage-created = luotu: { $created }
cli-usage-created-at-by = { $at }, laatija { $by }
cli-usage-created-by = laatija { $by }
cli-usage-exceptions = poikkeukset: { $exceptions }
cli-usage-not-given = (ei ilmoitettu)
cli-usage-none = ei yhtään
cli-usage-imported = tuotu { $file } jäsenelle { $member }: COUNTER-versio { $release }, raportti { $report } ({ $format }), { $period }, alusta { $platform }
cli-usage-replaced = korvattiin tiedoston { $file } aiempi tuonti
cli-usage-outside-note = jäsenyyskauden ulkopuoliset luvut säilytetään, mutta niitä ei lasketa kustannukseen per käyttö, käyttöön perustuviin jakoperusteisiin eikä vientitiedostoihin
cli-usage-matched = kohdistettu: { $list }
cli-usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } rivi)
       *[other] { $resource } ({ $rows } riviä)
    }
cli-usage-matched-nothing = ei mitään
cli-usage-unmatched-heading = kohdistamatta (kohdista komennolla: konsortio usage map NIMI AINEISTO):
cli-usage-on-platform-database = tietokanta ”{ $database }” alustalla ”{ $platform }”
cli-usage-on-platform = alusta ”{ $platform }”
cli-usage-on-database = tietokanta ”{ $database }”
cli-usage-no-platform = (alustaa ei nimetty)
cli-usage-unmatched-items =
    { $items ->
        [one] { $name }: { $items } kohde
       *[other] { $name }: { $items } kohdetta
    }
cli-usage-unmatched-ambiguous =
    { $items ->
        [one] { $name }: { $items } kohde, monitulkintainen: { $candidates }
       *[other] { $name }: { $items } kohdetta, monitulkintainen: { $candidates }
    }
cli-usage-removed = poistettiin jäsenen { $member } raportti { $report } alustalla { $platform } ({ $period }, { $file })
cli-usage-mapped = ”{ $name }” tarkoittaa nyt aineistoa { $resource }
cli-usage-unmapped = ”{ $name }” ei ole enää kohdistettu
cli-usage-csv-all-members = --format csv kirjoittaa kaikki jäsenet; jätä --member pois
cli-usage-basis-heading = { $metric }: { $resource }, { $period }
cli-usage-basis-heading-none = { $resource }, { $period }
cli-usage-report-written = jäsenen { $member } vuoden { $year } käyttöraportti kirjoitettu tiedostoon { $file } ({ $size } kt)
cli-usage-report-written-consortium = konsortion vuoden { $year } käyttöraportti kirjoitettu tiedostoon { $file } ({ $size } kt)
cli-usage-cost-heading = kustannus per käyttö { $year }, käytöksi lasketaan: { $metric }
cli-usage-consortium-wide = koko konsortio (hinta jaettuna kaikkien osallistujien käytöllä):
cli-usage-exported =
    { $count ->
        [one] viety { $count } vuoden { $year } käyttörivi tiedostoon { $file }
       *[other] viety { $count } vuoden { $year } käyttöriviä tiedostoon { $file }
    }
cli-col-id = nro
cli-col-report = raportti
cli-col-release = versio
cli-col-period = kausi
cli-col-platform = alusta
cli-col-rows = rivejä
cli-col-file = tiedosto
cli-col-resource = aineisto
cli-col-year = vuosi
cli-col-uses = käyttökerrat
cli-col-metric = mittari
cli-col-total = yhteensä
cli-col-outside-membership = jäsenyyden ulkopuolella
cli-col-database = tietokanta
cli-col-items = kohteita
cli-col-members = jäseniä
cli-col-ambiguous-between = monitulkintainen näiden välillä
cli-col-deal = sopimus
cli-col-share = osuus
cli-col-cost-per-use = kustannus per käyttö
cli-col-price = hinta
cli-col-endpoint = palvelu
cli-col-vendor = toimittaja
cli-col-base-url = perus-URL
cli-col-sends = lähettää
cli-col-customer-id = asiakastunnus
cli-col-requestor-id = pyytäjän tunnus
cli-col-api-key = API-avain
cli-col-result = tulos
cli-sushi-endpoint-saved = SUSHI-palvelu { $code } osoitteessa { $url }
# "n jäsenen tunnukset": Finnish keeps the noun singular after a number here.
cli-sushi-removed = poistettiin SUSHI-palvelu { $code } ja { $count } jäsenen tunnukset
cli-sushi-credentials-removed = poistettiin jäsenen { $member } tunnukset palvelussa { $endpoint }
cli-sushi-credentials = jäsenen { $member } tunnukset palvelussa { $endpoint }: { $details }
cli-sushi-customer-id = asiakastunnus { $id }
cli-sushi-requestor-id = pyytäjän tunnus { $id }
cli-sushi-api-key = API-avain { $key }
cli-sushi-key-set = (asetettu)
cli-sushi-imported = tuotiin { $count } jäsenen SUSHI-tunnukset
cli-sushi-endpoint-heading = { $code }: { $vendor }, { $url }
cli-sushi-platform = alusta: { $platform }
cli-sushi-sends = lähettää: { $fields }
cli-sushi-none = (ei ole)
cli-sushi-asking =
    { $attempt ->
        [1] pyydetään jäsenen { $member } raporttia
       *[other] pyydetään jäsenen { $member } raporttia uudelleen (yritys { $attempt })
    }
cli-sushi-waiting-member = odotetaan { $seconds } s (jäsen { $member }): { $reason }
cli-sushi-waiting = odotetaan { $seconds } s: { $reason }
cli-sushi-finished = { $done }/{ $total }: { $member } { $status }
cli-sushi-status-imported = tuotu
cli-sushi-status-no-usage = ei käyttöä
cli-sushi-status-queued = jonossa
cli-sushi-status-not-authorised = ei oikeutta
cli-sushi-status-failed = epäonnistui
cli-sushi-status-stopped = pysäytetty
cli-sushi-replaced = korvattiin { $file }
cli-sushi-detail-separator = { "; " }
cli-sushi-warning = varoitus: { $warning }
cli-invoice-title = Lasku
cli-credit-note-title = Hyvityslasku
cli-show-dates = päivätty { $issued }  eräpäivä { $due }
cli-show-to = Vastaanottaja: { $buyer }
cli-show-vat-line = ALV { $category } { $rate } % veropohjasta { $taxable }: { $tax }
cli-show-totals = Veroton { $net }  ALV { $vat }  Yhteensä { $gross }
cli-show-vat-national = ALV valuutassa { $currency }: { $amount }

## Työpöytäsovellus (ui/)

menu-file = Tiedosto
menu-new = Uusi…
menu-open = Avaa…
menu-open-recent = Avaa viimeisimmät
menu-back-up = Tallenna kopio / varmuuskopioi…
menu-import-file = Tuo CSV-tiedosto…
menu-import-folder = Tuo CSV-tiedostojen kansio…
menu-quit = Lopeta
menu-recent-none = Ei viimeisimpiä tietokantoja
app-nav-members = Jäsenet
app-nav-member-metrics = Jäsenten tunnusluvut
app-nav-vendors = Toimittajat
app-nav-resources = Aineistot
app-nav-licences = Lisenssit
app-nav-licence-terms = Lisenssiehdot
app-nav-deals = Sopimukset ja tarjoukset
app-nav-workbench = Kustannusjaon työpöytä
app-nav-renewals = Uusimiset
app-nav-member-view = Jäsennäkymä
app-nav-invoices = Laskut
app-nav-usage = Käyttö
app-nav-import = Tuonti
app-views = Näkymät
app-language = Kieli
app-database = Tietokanta: { $file }
app-file-menu-hint = Tiedosto-valikko: uusi, avaa, viimeisimmät, varmuuskopio
app-opened = Avattu { $path }.
app-created = Luotu { $path }: se on tyhjä.
app-saved-copy = Kopio tallennettu: { $path }.
app-loaded-demo = Esittelykonsortio ladattu.
app-empty-title = Tietokanta on tyhjä.
app-empty-text = Tuo kansio CSV-tiedostoja (docs/CSV.md) tai lataa esittelykonsortio kokeiltavaksi.
app-import-folder = Tuo kansio…
app-load-demo = Lataa esittelykonsortio
app-export-invoices-title = Vie laskut kansioon
app-fatal = Konsortiossa tapahtui odottamaton virhe: { $message }
dialog-database-files = Konsortio-tietokanta
dialog-open-database = Avaa tietokanta
dialog-new-database = Uusi tietokanta
dialog-copy-database = Tallenna tietokannasta kopio
dialog-csv-files = CSV-tiedosto
dialog-pdf-files = PDF-asiakirja
dialog-counter-files = COUNTER-raportti
dialog-any-file = Mikä tahansa tiedosto
dialog-import-counter = Tuo COUNTER-raportti
dialog-save-file = Tallenna { $file }

## Taulukot

table-search = Hae
table-search-label = Hae: { $label }
table-count = { $shown }/{ $total }
table-empty = Täällä ei ole vielä mitään.
table-no-match = Haulla ei löytynyt rivejä.

## Tietueet

records-new = Uusi
records-undo = Kumoa
records-undo-title = Kumoa (Ctrl+Z)
records-save = Tallenna
records-delete = Poista
records-edit = { $title }: muokkaus
records-saved = Tallennettu { $key }.
records-deleted = Poistettu { $key }.
records-undone = Kumottu.
records-confirm-delete = Poistetaanko { $key } ({ $name })?
records-choose = Valitse muokattava rivi tai luo uusi.

## Uusimiset

renewals-title = Uusimiskalenteri
renewals-running =
    { $count ->
        [one] { $count } voimassa oleva lisenssi tai sopimus;
       *[other] { $count } voimassa olevaa lisenssiä ja sopimusta;
    }
renewals-overdue = { $count } irtisanomisajan ohittanutta
renewals-show-ended = Näytä päättyneet
renewals-col-notice = Irtisanottava viimeistään
renewals-col-ends = Päättyy
renewals-col-kind = Laji
renewals-col-code = Tunnus
renewals-col-title = Nimi
renewals-col-status = Tila
renewals-kind-licence = lisenssi
renewals-kind-deal = sopimus
renewals-status-ended = Päättynyt
renewals-status-overdue = Irtisanomisaika ohi
renewals-status-upcoming = Tulossa

## Useamman näkymän yhteiset sanat

common-cancel = Peruuta
common-confirm = Vahvista
common-undid = Kumottu: { $what }.
common-overwrite = Korvaa
common-overwrite-question = { $path } on jo olemassa. Korvataanko se?
common-saved-file = Tallennettu { $path }.
common-period = { $start } – { $end }

## Tietueiden kentät taulukoissa ja lomakkeissa (CSV-tiedostot pitävät kenttien nimet)

field-code = Tunnus
field-name = Nimi
field-kind = Laji
field-country = Maa
field-city = Kaupunki
field-address = Osoite
field-postcode = Postinumero
field-vat_id = ALV-tunniste
field-language = Kieli
field-currency = Valuutta
field-join_date = Liittynyt
field-leave_date = Eronnut
field-email = Sähköposti
field-member = Jäsen
field-year = Vuosi
field-metric = Tunnusluku
field-value = Arvo
field-vendor = Toimittaja
field-platform = Alusta
field-counter_platform = COUNTER-alusta
field-counter_database = COUNTER-tietokanta
field-resource = Aineisto
field-title = Nimi
field-start_date = Alkaa
field-end_date = Päättyy
field-renewal = Uusiminen
field-notice_days = Irtisanomisaika (pv)
field-governing_law = Sovellettava laki
field-jurisdiction = Oikeuspaikka
field-licence = Lisenssi
field-term = Ehto
field-note = Huomautus
field-date = Päivämäärä
field-summary = Tiivistelmä
field-participation = Osallistuminen
field-funder = Rahoittaja
field-rule = Jakosääntö
field-deal = Sopimus
field-version = Versio
field-list_price = Listahinta
field-pricing = Hinnoittelu
field-annual_cap_pct = Vuosikatto %
field-index_pct = Hintaindeksi %
field-rate = Kurssi
field-rate_date = Kurssipäivä
field-rate_source = Kurssin lähde
field-joined = Liittyy
field-left = Eroaa
field-iban = IBAN
field-bic = BIC
field-payment_days = Maksuaika (pv)
field-logo = Logo
value-kind-university = Yliopisto
value-kind-public = Yleinen kirjasto
value-kind-special = Erikoiskirjasto
value-kind-school = Koulukirjasto
value-kind-research = Tutkimuslaitos
value-kind-other = Muu
value-kind-database = Tietokanta
value-kind-ejournals = E-lehdet
value-kind-ebooks = E-kirjat
value-renewal-automatic = Automaattinen
value-renewal-explicit = Erikseen sovittava
value-language-en = englanti
value-language-fi = suomi
value-language-sv = ruotsi
value-language-tr = turkki
value-language-zh = kiina

## Kustannusjaon työpöytä

workbench-title = Sopimukset ja kustannusjako
workbench-deal = Sopimus
workbench-year = Vuosi
workbench-rule = Jakosääntö (ks. docs/RULES.md)
workbench-reset-rule = Palauta sääntö
workbench-save-rule = Tallenna sääntö sopimukseen
workbench-save-rule-title = Tee tästä sopimuksen jakosääntö
workbench-finalise = Vahvista
workbench-confirm-finalise = Vahvistetaanko sopimuksen { $deal } kustannusjako vuodelle { $year }? Vahvistettu jako lukitaan eikä sitä voi enää muuttaa.
workbench-rule-saved = Sopimuksen { $deal } sääntö tallennettu: { $rule }.
workbench-rule-undone = Kumottu: sopimuksen { $deal } sääntö on taas { $rule }.
workbench-price = Jaettava hinta
workbench-funder-pays = Rahoittaja maksaa
workbench-sum = Jäsenet + rahoittaja
workbench-list-price = Listahinta
workbench-participants = Osallistujat
workbench-status = Tila
workbench-finalised = Vahvistettu { $at }
workbench-draft = Luonnos
workbench-draft-unsaved = Luonnos (sääntöä ei tallennettu)
workbench-shares = Osuudet
workbench-col-member = Jäsen
workbench-col-name = Nimi
workbench-col-pays = Maksaa
workbench-col-funder-pays = Rahoittaja maksaa
workbench-col-notional = Laskettu osuus
workbench-col-last-year = Viime vuonna
workbench-col-change = Muutos
workbench-explanation = Selitys
workbench-why = Miksi { $member } maksaa tämän verran
workbench-click-member = Napsauta jäsentä nähdäksesi, miten sen osuus lasketaan.

## Sääntöjen vertailu (työpöydän alla)

compare-title = Vertaa sääntöjä
compare-rule-a = A: yllä oleva sääntö
compare-rule = Sääntö { $rule }
compare-rule-placeholder = esim. central: 50%; shared: fte
compare-remove-rule = Poista sääntö { $rule }
compare-add-rule = Lisää sääntö
compare-run = Vertaa
compare-comparing = Verrataan…
compare-one-more = Kirjoita vielä vähintään yksi sääntö vertailtavaksi.
compare-col-member = Jäsen
compare-col-name = Nimi
compare-col-last-year = Viime vuonna
compare-col-standalone = Erikseen
compare-col-pays = { $rule } maksaa
compare-col-vs-last = { $rule } vs. viime vuosi
compare-col-vs-standalone = { $rule } vs. erikseen
compare-members-pay = jäsenet maksavat
compare-funder = rahoittaja { $amount }
compare-rising =
    { $count ->
        [one] { $count } maksaa enemmän kuin viime vuonna
       *[other] { $count } maksaa enemmän kuin viime vuonna
    }
compare-list-price = Hinta erikseen (listahinta)
compare-show = Näytä
compare-show-pays = Mitä kukin jäsen maksaa
compare-show-last = … ja muutos viime vuodesta
compare-show-list = … ja muutos erillishintaan
compare-table = Vertailu
compare-chart-pays = Kaavio: mitä kukin jäsen maksaa
compare-chart-last = Kaavio: kuinka paljon enemmän tai vähemmän kukin jäsen maksaa kuin viime vuonna
compare-chart-list = Kaavio: kuinka paljon enemmän tai vähemmän kukin jäsen maksaa kuin erillishinta
compare-chart-aria-pays = Mitä kukin jäsen maksaa säännöillä { $rules }
compare-chart-aria-last = Kuinka paljon enemmän tai vähemmän kukin jäsen maksaa kuin viime vuonna säännöillä { $rules }
compare-chart-aria-list = Kuinka paljon enemmän tai vähemmän kukin jäsen maksaa kuin erillishinta säännöillä { $rules }
compare-none-last = Yhdelläkään jäsenellä ei ole viime vuoden osuutta vertailtavaksi.
compare-none-list = Erillishintaa ei tiedetä, joten vertailukohtaa ei ole.
compare-bar-title = { $member }, sääntö { $rule }: { $amount }
compare-chart-first = Kaavio näyttää taulukon järjestyksessä { $shown } ensimmäistä jäsentä { $count }:stä: lajittele tai hae taulukosta valitaksesi ne.

## Lisenssiehdot (ERMI-tyyppiset ehdot ja lupien arvot)

terms-title = Lisenssiehdot
terms-tab-one = Lisenssin ehdot
terms-tab-compare = Vertaa lisenssejä
terms-licence = Lisenssi
terms-recorded = { $recorded }/{ $count } ehtoa kirjattu. Muuta ehtoa napsauttamalla sitä.
terms-no-licences = Ei vielä lisenssejä: lisää lisenssi kohdassa Lisenssit tai tuo licences.csv ja licence_terms.csv.
terms-of = Lisenssin { $licence } ehdot
terms-term = Ehto
terms-value = Arvo
terms-note = Huomautus
terms-note-label = Huomautus (kohta, tulkinta)
terms-edit = Muokkaa: { $term }
terms-save = Tallenna ehto
terms-remove = Poista
terms-values = Arvot
terms-values-hint = Nimenomainen: lisenssi sanoo sen suoraan. Tulkittu: päätelty sanamuodosta, joka ei sano sitä suoraan. Ei mainintaa: lisenssi ei käsittele asiaa.
terms-not-recorded = Ei kirjattu
terms-saved = Tallennettu: { $term } ({ $licence }).
terms-confirm-remove = Poistetaanko { $term } lisenssistä { $licence }? Ehto näkyy sen jälkeen kirjaamattomana.
terms-removed = Poistettu { $term } lisenssistä { $licence }.
terms-undo-save = { $term } ({ $licence })
terms-undo-remove = ehdon { $term } poisto
terms-to-compare = Vertailtavat lisenssit
terms-only-differences = Vain ehdot, jotka eroavat
terms-choose-two = Valitse vähintään kaksi lisenssiä.
terms-differ = { $differing }/{ $count } ehtoa eroaa.
terms-compared = Lisenssiehtojen vertailu
terms-differs = eroaa
terms-agree = Valitut lisenssit ovat samaa mieltä kaikista ehdoista.
term-walk_in_users = Paikan päällä käyttäjät
term-remote_access = Etäkäyttö
term-alumni_access = Alumnien käyttö
term-ill_print = Kaukolaina: painettu
term-ill_electronic = Kaukolaina: sähköinen
term-ill_secure_electronic = Kaukolaina: suojattu sähköinen
term-course_packs = Kurssimateriaalit
term-e_reserves = Sähköiset kurssivarastot
term-scholarly_sharing = Tutkijoiden välinen jakaminen
term-text_data_mining = Teksti- ja tiedonlouhinta
term-perpetual_access = Pysyvä käyttöoikeus
term-post_cancellation_access = Käyttö irtisanomisen jälkeen
term-archiving_rights = Arkistointioikeus
term-confidentiality = Salassapitoehto
term-annual_opt_out = Vuosittainen irtautuminen
term-accessibility_compliance = Saavutettavuus
term-open_access_publishing = Avoin julkaiseminen
term-authorised_users = Valtuutetut käyttäjät
term-concurrent_users = Samanaikaiset käyttäjät
term-usage_statistics = Käyttötilastot
term-authentication = Tunnistautuminen
permission-permitted_explicit = Sallittu (nimenomaisesti)
permission-permitted_interpreted = Sallittu (tulkittu)
permission-prohibited_explicit = Kielletty (nimenomaisesti)
permission-prohibited_interpreted = Kielletty (tulkittu)
permission-silent = Ei mainintaa
permission-not_applicable = Ei sovellu

## Sopimukset: sopimus, sen tarjousversiot ja osallistujat

deals-title = Sopimukset
deals-new = Uusi sopimus
deals-empty = Ei vielä sopimuksia: luo sopimus Uusi sopimus -painikkeella tai tuo deals.csv.
deals-open-workbench = Avaa kustannusjaon työpöydällä
deals-parts = Sopimuksen osat
deals-tab-deal = Sopimus
deals-tab-offers = Tarjousversiot ({ $count })
deals-tab-participants = Osallistujat ({ $count })
deals-tab-participants-all = Osallistujat (kaikki)
deals-open = Avoin: jäsenet ilmoittautuvat mukaan
deals-closed = Suljettu: kaikki nykyiset jäsenet ovat mukana
deals-starts = Alkaa
deals-ends = Päättyy
deals-funder = Keskitetty rahoittaja (valinnainen)
deals-funder-placeholder = Kuka maksaa keskitetyn osuuden, jos joku
deals-rule = Jakosääntö (docs/RULES.md)
deals-rule-hint = Esimerkiksi { $example }. Kokeile sääntöjä kustannusjaon työpöydällä.
deals-create = Luo sopimus
deals-save = Tallenna sopimus
deals-delete = Poista sopimus
deals-choose = Valitse sopimus tai syötä uusi Uusi sopimus -painikkeella.
deals-saved = Sopimus { $code } tallennettu.
deals-deleted = Sopimus { $code } poistettu.
deals-confirm-delete = Poistetaanko sopimus { $code } ({ $title })?
deals-undo-save = sopimuksen { $code } muutos
deals-undo-delete = sopimuksen { $code } poisto
offers-versions = Tarjousversiot
offers-empty = Ei vielä tarjousta: Uusi versio kirjaa toimittajan ensimmäisen tarjouksen.
offers-new = Uusi versio
offers-new-from = Uusi versio (pohjana v{ $version })
offers-highest = Kustannusjako käyttää uusinta versiota.
offers-highest-is = Kustannusjako käyttää uusinta versiota: v{ $version }, { $date }.
offers-version = Tarjousversio { $version }
offers-list-price = Listahinta (erikseen)
offers-price = Hinta
offers-kind-total = Yksi kokonaishinta
offers-kind-tiers = Kokonaishinta osallistujamäärän mukaan
offers-kind-per-site = Hinta per toimipaikka osallistujamäärän mukaan
offers-total = Yhteensä ({ $currency })
offers-from = Osallistujia alkaen
offers-total-price = Kokonaishinta ({ $currency })
offers-price-per-site = Hinta per toimipaikka ({ $currency })
offers-tier-from = Porras { $n }: osallistujia alkaen
offers-tier-amount = Porras { $n }: summa
offers-remove-tier = Poista porras { $n }
offers-add-tier = Lisää porras
offers-tier-range = { $from }–{ $to } osallistujaa
offers-tier-exact =
    { $count ->
        [one] { $count } osallistuja
       *[other] { $count } osallistujaa
    }
offers-tier-or-more = { $from } osallistujaa tai enemmän
offers-tier-in-all = { $range }: { $amount } { $currency } yhteensä
offers-tier-per-site = { $range }: { $amount } { $currency } per toimipaikka
offers-multi-year = Monivuotinen
offers-cap = Vuosikatto (%)
offers-index = Hintaindeksi vuosittain (%): kunkin vuoden korotus, enintään katon verran
offers-index-year = Indeksi { $n }: vuosi
offers-index-pct = Indeksi { $n }: prosentti
offers-remove-index = Poista indeksi { $n }
offers-year = Vuosi
offers-add-year = Lisää vuosi
offers-exchange-rate = Valuuttakurssi ({ $from } → { $to })
offers-rate = { $to } / 1 { $from }
offers-rate-source-placeholder = esim. EKP:n viitekurssi
offers-note-placeholder = Mikä tässä versiossa muuttui
offers-save-version = Tallenna versio { $version }
offers-save-changes = Tallenna muutokset
offers-delete = Poista versio
offers-saved = Sopimuksen { $deal } tarjousversio { $version } tallennettu.
offers-deleted = Tarjousversio { $version } poistettu.
offers-confirm-delete = Poistetaanko sopimuksen { $deal } tarjousversio { $version }?
offers-undo-save = tarjousversion { $version } muutos
offers-undo-delete = tarjousversion { $version } poisto
participants-closed = { $deal } on suljettu sopimus: kaikki nykyiset jäsenet ovat mukana niin kauan kuin ovat jäseniä. Jos haluat valita osallistujat, muuta sopimus avoimeksi Sopimus-välilehdellä.
participants-search = Hae jäseniä
participants-show = Näytä
participants-all = Kaikki jäsenet
participants-in = Mukana
participants-out = Ei mukana
participants-check-all = Valitse kaikki { $count } näkyvää
participants-uncheck-all = Poista näkyvien valinnat
participants-taking-part = { $taking }/{ $count } jäsentä on mukana. Jätä päivämäärät tyhjiksi, jos jäsen on mukana koko kauden; kesken kauden liittyvä tai eroava jäsen maksaa suhteellisen osuuden.
participants-of = Sopimuksen { $deal } osallistujat
participants-joined = Liittyy (VVVV-KK-PP)
participants-takes-part = { $member } { $name } on mukana
participants-joined-of = { $member } liittyy
participants-left-of = { $member } eroaa
participants-from-start = alusta
participants-to-end = loppuun
participants-no-match = Yksikään jäsen ei vastaa hakua.
participants-saving = Tallennetaan…
participants-save = Tallenna osallistujat
participants-save-changes =
    { $count ->
        [one] Tallenna osallistujat ({ $count } muutos)
       *[other] Tallenna osallistujat ({ $count } muutosta)
    }
participants-discard = Hylkää muutokset
participants-added = { $count } lisätty
participants-removed = { $count } poistettu
participants-redated = { $count } uusin päivämäärin
participants-saved = Sopimuksen { $deal } osallistujat tallennettu: { $changes }.
participants-undo = sopimuksen { $deal } osallistujamuutokset
participants-not-a-date = { $member }: { $field } '{ $value }' ei ole päivämäärä (VVVV-KK-PP)
participants-left-before-joined = { $member }: eroaa { $left } ennen liittymistään { $joined }
participants-joins-after-end = { $member }: liittyy { $joined }, vasta sopimuksen päätyttyä ({ $end })
participants-leaves-before-start = { $member }: eroaa { $left }, jo ennen sopimuksen alkua ({ $start })

## CSV-tiedostojen tuonti

import-title = Tuonti
import-hint = CSV-tiedostoja, joiden sarakkeet kuvataan tiedostossa docs/CSV.md (UTF-8, otsikkorivi). Tuonti tallentaa joko kaikki tietueensa tai ei yhtään; kansio tuodaan yhtenä tapahtumana. Samalla avaimella olevat tietueet korvataan.
import-file-aria = Tuo CSV-tiedosto
import-file-title = Yksi CSV-tiedosto
import-choose-file = Valitse tiedosto…
import-no-file = Tiedostoa ei ole valittu
import-kind = Tiedoston tietueet
import-run = Tuo
import-folder-aria = Tuo kansio
import-folder-title = Tuo kansiollinen CSV-tiedostoja
import-folder-heading = Kansiollinen CSV-tiedostoja
import-folder-hint = Tiedostot nimetään sisältönsä mukaan: consortium.csv, members.csv, deals.csv, offers.csv, … Puuttuvat tiedostot ohitetaan.
import-choose-folder = Valitse kansio ja tuo…
import-importing = Tuodaan { $what }… { $seconds } s
import-progress = Tuodaan
import-busy-hint = Ikkunaa voi käyttää sillä välin; muut näkymät odottavat tuonnin valmistumista ennen kuin lukevat tietoja.
import-imported =
    { $count ->
        [one] Tuotiin { $count } tietue:
       *[other] Tuotiin { $count } tietuetta:
    }
import-imported-kind = { $kind }: { $count }
import-nothing = Mitään ei tuotu.
import-where-file = Tiedosto
import-where-line = Rivi
import-where-field = Kenttä
import-kind-consortium = Konsortio
import-kind-funders = Rahoittajat
import-kind-vat_rates = ALV-kannat
import-kind-exchange_rates = Valuuttakurssit
import-kind-vendors = Toimittajat
import-kind-resources = Aineistot
import-kind-members = Jäsenet
import-kind-member_metrics = Jäsenten tunnusluvut
import-kind-licences = Lisenssit
import-kind-licence_terms = Lisenssiehdot
import-kind-licence_amendments = Lisenssimuutokset
import-kind-deals = Sopimukset
import-kind-offers = Tarjoukset
import-kind-participations = Osallistumiset

## Laskut ja hyvityslaskut

invoices-title = Laskut
invoices-export-format = Vientimuoto
invoices-format-csv = Kirjanpidon CSV (laskut + rivit)
invoices-format-ubl = Verkkolaskut (UBL 2.1 XML)
invoices-format-pdf = PDF-asiakirjat
invoices-export = Vie…
invoices-exporting = Viedään
invoices-overwrite = { $file } on jo olemassa (muitakin voi olla). Korvataanko tämän viennin tiedostot kansiossa { $dir }?
invoices-exported-csv = invoices.csv ja invoice_lines.csv viety kansioon { $dir }.
invoices-exported-ubl =
    { $count ->
        [one] { $count } verkkolasku viety kansioon { $dir }.
       *[other] { $count } verkkolaskua viety kansioon { $dir }.
    }
invoices-exported-pdf =
    { $count ->
        [one] { $count } PDF viety kansioon { $dir }.
       *[other] { $count } PDF:ää viety kansioon { $dir }.
    }
invoices-year = Vuosi
invoices-deal = Sopimus
invoices-all-deals = Kaikki vahvistetut kustannusjaot
invoices-whom = Kenelle laskutetaan
invoices-mode-per_member = Kullekin jäsenelle lasku sopimuksittain
invoices-mode-consolidated = Kullekin jäsenelle yksi lasku kaikista sopimuksista
invoices-mode-funder = Kunkin sopimuksen rahoittajalle sen osuudesta
invoices-issue-date = Laskun päivämäärä
invoices-explain = Liitä selvitys osuuksien laskennasta
invoices-issue = Laadi laskut
invoices-preview = Esikatsele
invoices-preview-title = Tarkistettavat luonnokset
invoices-preview-count =
    { $count ->
        [one] Laadittaisiin { $count } lasku.
       *[other] Laadittaisiin { $count } laskua.
    }
invoices-preview-hint = Mitään ei numeroida eikä tallenneta ennen kuin laadit laskut.
invoices-preview-left-out =
    { $count ->
        [one] { $count } jo laskutettu osuus jätetään pois.
       *[other] { $count } jo laskutettua osuutta jätetään pois.
    }
invoices-preview-total =
    { $count ->
        [one] Yhteensä { $currency } ({ $count } lasku)
       *[other] Yhteensä { $currency } ({ $count } laskua)
    }
invoices-status-draft = luonnos
invoices-preview-sum = { $total }: { $amount }
invoices-confirm-issue-deal = Laaditaanko laskut sopimuksen { $deal } vuoden { $year } kustannusjaosta ({ $whom }), päivättynä { $date }? Laaditut laskut numeroidaan pysyvästi; ne voi vain hyvittää.
invoices-confirm-issue-all = Laaditaanko laskut kaikista vuoden { $year } vahvistetuista kustannusjaoista ({ $whom }), päivättynä { $date }? Laaditut laskut numeroidaan pysyvästi; ne voi vain hyvittää.
invoices-drafting = Laskuja valmistellaan
invoices-issuing = Laaditaan laskuja
invoices-progress = { $what }: { $done }/{ $total }
invoices-issued =
    { $count ->
        [one] Laadittiin { $count } lasku{ $range }{ $left }.
       *[other] Laadittiin { $count } laskua{ $range }{ $left }.
    }
invoices-issued-range = : { $first } – { $last }
invoices-issued-single = : { $number }
invoices-left-out =
    { $count ->
        [one] ; { $count } jo laskutettu osuus jätettiin pois
       *[other] ; { $count } jo laskutettua osuutta jätettiin pois
    }
invoices-register = Laskurekisteri
invoices-empty = Ei vielä laskuja. Vahvista kustannusjako ja laadi sen laskut yllä.
invoices-col-number = Numero
invoices-col-issued = Päivätty
invoices-col-due = Eräpäivä
invoices-col-recipient = Vastaanottaja
invoices-col-currency = Valuutta
invoices-col-gross = Yhteensä
invoices-col-paid = Maksettu
invoices-col-credited = Hyvitetty
invoices-col-status = Tila
invoices-status-issued = avoin
invoices-status-partly-paid = osittain maksettu
invoices-status-paid = maksettu
invoices-status-credited = hyvitetty
invoices-status-credit-note = hyvityslasku
invoices-credits = hyvittää laskun { $number }
invoices-invoice = Lasku { $number }
invoices-credit-note = Hyvityslasku { $number }
invoices-meta = Päivätty { $issued } · eräpäivä { $due } · viitenumero { $reference }
invoices-meta-credit = Päivätty { $issued } · hyvittää laskun { $number }, päivätty { $date }
invoices-lines = Rivit
invoices-description = Kuvaus
invoices-period = Kausi
invoices-vat = ALV
invoices-net = Veroton
invoices-share = Osuus { $amount }
invoices-how = Miten osuus laskettiin
invoices-vat-breakdown = ALV-erittely
invoices-rate = Kanta
invoices-taxable = Veron peruste
invoices-total = Yhteensä
invoices-vat-S = Yleinen verokanta
invoices-vat-Z = Nollaverokanta
invoices-vat-E = Verovapaa
invoices-vat-AE = Käännetty verovelvollisuus
invoices-vat-K = Yhteisömyynti
invoices-vat-G = Vienti EU:n ulkopuolelle
invoices-vat-O = Arvonlisäveron soveltamisalan ulkopuolella
invoices-converted = Muunnettu kurssilla 1 { $from } = { $rate } { $to } ({ $source }, { $date })
invoices-vat-national = ; ALV valuutassa { $currency }: { $amount }
invoices-bill-to = Laskutetaan
invoices-vat-id = ALV-tunniste { $id }
invoices-payments = Maksut
invoices-no-payments = Ei kirjattuja maksuja.
invoices-still-due = Maksamatta
invoices-credit = Hyvitä…
invoices-record-payment-open = Kirjaa maksu…
invoices-credit-form = Hyvitys
invoices-credit-which = Mitkä rivit hyvitetään?
invoices-credit-all = Kaikki vielä hyvittämättömät rivit
invoices-credit-chosen = Valitut rivit
invoices-credit-choose-line = Valitse vähintään yksi hyvitettävä rivi.
invoices-credit-date = Hyvityslaskun päivämäärä
invoices-credit-issue = Laadi hyvityslasku
invoices-confirm-credit-all = Laaditaanko hyvityslasku laskun { $number } ({ $buyer }) kaikista vielä hyvittämättömistä riveistä? Hyvityslasku numeroidaan pysyvästi.
invoices-confirm-credit =
    { $count ->
        [one] Laaditaanko hyvityslasku laskun { $number } ({ $buyer }) { $count } rivistä? Hyvityslasku numeroidaan pysyvästi.
       *[other] Laaditaanko hyvityslasku laskun { $number } ({ $buyer }) { $count } rivistä? Hyvityslasku numeroidaan pysyvästi.
    }
invoices-credited = Laadittiin hyvityslasku { $number }, { $amount }.
invoices-record-payment = Kirjaa maksu
invoices-payment-date = Maksupäivä
invoices-amount = Summa ({ $currency })
invoices-reference = Viite (valinnainen)
invoices-paid = Kirjattiin maksu { $amount }; laskun { $number } tila: { $status }.
invoices-choose = Valitse lasku nähdäksesi sen rivit, ALV:n ja maksut.

## Jäsennäkymä

member-view-member = Jäsen
member-view-statement-year = Selvityksen vuosi
member-view-statement = Kustannusselvitys PDF…
member-view-pays = { $year } maksaa
member-view-table = Jäsenen osuudet
member-view-col-year = Vuosi
member-view-col-deal = Sopimus
member-view-col-title = Nimi
member-view-col-pays = Maksaa
member-view-col-funder-pays = Rahoittaja maksaa
member-view-col-change = Muutos
member-view-col-status = Tila
member-view-col-uses = Käyttökerrat
member-view-col-cost-per-use = Kustannus per käyttö
member-view-finalised = Vahvistettu
member-view-draft = Luonnos
member-view-usage-note = Käyttökerrat ovat Unique_Item_Requests-lukuja jäsenen tuoduista COUNTER-raporteista jakokauden kuukausilta.

## Käyttö: COUNTER-raportit, toimittajien nimet, kustannus per käyttö

usage-title = Käyttö
usage-intro = Jäsenten COUNTER-raportit, niissä käytetyt toimittajien nimet ja vahvistettujen osuuksien kustannus per käyttö.
usage-tab-reports = Raportit
usage-tab-names = Nimet ja vastaavuudet
usage-tab-cost = Kustannus per käyttö
usage-import-title = Tuo COUNTER-tiedosto
usage-import-hint = Versio 5.1, 5 tai 4; TSV, CSV, Excel tai SUSHI JSON. Tiedosto tarkistetaan ensin ja tuodaan kokonaan tai ei lainkaan; saman raportin uusi tuonti korvaa aiemman.
usage-member = Jäsen
usage-choose-file = Valitse COUNTER-tiedosto…
usage-no-file = Tiedostoa ei ole valittu
usage-reading = Luetaan { $file }
usage-importing = Tuodaan { $file } jäsenelle { $member }
usage-elapsed = { $what }… { $seconds } s
usage-busy-hint = Ikkunaa voi käyttää tiedoston lukemisen aikana.
usage-file-is = Tiedoston sisältö
usage-release = Versio
usage-report = Raportti
usage-institution = Organisaatio
usage-period = Kausi
usage-created = Luotu
usage-exceptions = Poikkeukset
usage-none = ei
usage-not-given = (ei ilmoitettu)
usage-rows-items = { $rows } riviä, { $items } kohdetta
usage-metric = Mittari
usage-total = Yhteensä
usage-import-for = Tuo jäsenelle { $member }
usage-imported = { $file } tuotu jäsenelle { $member }.
usage-replaced = Korvattiin aiempi tuonti: { $files }.
usage-matched = Kohdistettu: { $list }.
usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } rivi)
       *[other] { $resource } ({ $rows } riviä)
    }
usage-matched-nothing = Ei kohdistunut yhteenkään aineistoon.
usage-unmatched-after-import =
    { $count ->
        [one] { $count } nimi ei vastannut mitään aineistoa: kohdista se kohdassa ”Nimet ja vastaavuudet”.
       *[other] { $count } nimeä ei vastannut mitään aineistoa: kohdista ne kohdassa ”Nimet ja vastaavuudet”.
    }
usage-outside = Osa luvuista osuu jäsenyyskauden ulkopuolelle: ne säilytetään, mutta niitä ei lasketa kustannukseen per käyttö.
usage-nothing-imported = Mitään ei tuotu.
usage-imports-title = Tuodut raportit
usage-imports-col-member = Jäsen
usage-imports-col-release = Versio
usage-imports-col-report = Raportti
usage-imports-col-period = Kausi
usage-imports-col-platform = Alusta
usage-imports-col-rows = Rivit
usage-imports-col-totals = Summat
usage-imports-col-file = Tiedosto
usage-imports-empty = Ei vielä tuotuja COUNTER-raportteja: valitse jäsen ja tiedosto yllä.
usage-delete-report = Poista raportti…
usage-confirm-delete = Poistetaanko jäsenen { $member } { $report }-raportti kaudelta { $period } ({ $file })? Sitä ei enää lasketa kustannukseen per käyttö eikä käyttöön perustuviin jakoperusteisiin. Poistoa ei voi kumota täällä: tuo tiedosto uudelleen palauttaaksesi sen.
usage-deleted = Jäsenen { $member } { $report }-raportti poistettu.
usage-unmatched-title = Nimet, jotka eivät vastanneet mitään aineistoa
usage-unmatched-hint = Toimittajan alustan tai tietokannan nimi, jota mikään aineiston COUNTER-nimi ei vastaa. Kohdista se kerran; kohdistus muistetaan ja koskee sekä aiemmin että myöhemmin tuotuja raportteja.
usage-unmatched-empty = Kaikki tuotujen raporttien nimet vastaavat jotakin aineistoa.
usage-unmatched-col-platform = Alusta
usage-unmatched-col-database = Tietokanta
usage-unmatched-col-items = Nimekkeet
usage-unmatched-col-members = Jäsenet
usage-unmatched-col-ambiguous = Monitulkintainen näiden välillä
usage-unmatched-col-resource = Tarkoittaa aineistoa
usage-resource-for = Aineisto nimelle { $name }
usage-choose-resource = Valitse aineisto…
usage-map = Kohdista
usage-map-label = Kohdista { $name }
usage-mapped = ”{ $name }” tarkoittaa nyt aineistoa { $resource }.
usage-pick-resource-first = Valitse aineisto, jota tämä nimi tarkoittaa.
usage-undo-map = nimen ”{ $name }” kohdistus
usage-undo-unmap = nimen ”{ $name }” kohdistuksen poisto
usage-mappings-title = Vastaavuudet
usage-mappings-empty = Ei vielä vastaavuuksia: nimet kohdistetaan aineistojen COUNTER-alusta- ja -tietokantanimien perusteella.
usage-mappings-col-name = Toimittajan nimi
usage-mappings-col-resource = Aineisto
usage-unmap = Poista kohdistus
usage-unmap-label = Poista nimen { $name } kohdistus
usage-unmapped = ”{ $name }” ei ole enää kohdistettu.
usage-year = Vuosi
usage-metric-label = Käytöksi lasketaan
usage-only-used = Vain osuudet, joilla on tuotua käyttöä
usage-cost-col-member = Jäsen
usage-cost-col-name = Nimi
usage-cost-col-resource = Aineisto
usage-cost-col-deal = Sopimus
usage-cost-col-share = Osuus
usage-cost-col-uses = Käyttökerrat
usage-cost-col-cost-per-use = Kustannus per käyttö
usage-cost-col-consortium = Koko konsortio
usage-cost-empty = Yhdelläkään vuoden { $year } vahvistetulla osuudella ei ole tuotua käyttöä: tuo jäsenten COUNTER-raportit (Raportit) tai valitse toinen vuosi.
usage-cost-empty-all = Yhtään vuoden { $year } kustannusjakoa ei ole vielä vahvistettu: vahvista jako kustannusjaon työpöydällä tai valitse toinen vuosi.
usage-consortium-title = Koko konsortio (sopimuksen hinta jaettuna kaikkien osallistujien käytöllä)
usage-consortium-col-resource = Aineisto
usage-consortium-col-name = Nimi
usage-consortium-col-deal = Sopimus
usage-consortium-col-price = Hinta
usage-consortium-col-uses = Käyttökerrat
usage-consortium-col-cost-per-use = Kustannus per käyttö
usage-consortium-table = Koko konsortion kustannus per käyttö
usage-resource = Aineisto
usage-rank-title = Jäsenet kustannuksen per käyttö mukaan: { $resource }, { $year }
usage-rank-aria = Jäsenet aineiston { $resource } kustannuksen per käyttö mukaan, suurin ensin
usage-rank-empty = Yhdelläkään jäsenellä ei ole tämän aineiston käyttöä tänä vuonna.
usage-rank-more = { $shown } suurinta { $count } jäsenestä.
usage-consortium-line = koko konsortio
usage-trend-title = Kustannus per käyttö vuosittain: { $resource }
usage-trend-member = Kehityksessä näytettävä jäsen
usage-trend-consortium-only = Vain konsortio
usage-trend-aria = Aineiston { $resource } kustannus per käyttö vuosittain
usage-trend-empty = Millään vuodella ei ole sekä vahvistettua osuutta että tuotua käyttöä tästä aineistosta.
usage-trend-loading = Lasketaan vuosia…
usage-export-title = Tiedostot
usage-export-csv = Vie käyttö CSV:nä…
usage-export-pdf = Käyttöraportti PDF…
usage-pdf-for = PDF kenelle
usage-the-consortium = Konsortio

## Virheet koodin mukaan ({ $message } on taustapalvelun englanninkielinen tarkenne)

error-input = Tarkista tiedot: { $message }
error-file = Tiedostovirhe: { $message }
error-exists = Tiedosto on jo olemassa: { $message }
error-not_found = Ei löytynyt: { $message }
error-split = Jakoa ei voitu laskea: { $message }
error-invalid = { $message }
error-invoice = Laskutusvirhe: { $message }
error-usage = Käyttötilastovirhe: { $message }
error-pdf = PDF-virhe: { $message }
error-schema_too_new = Tietokanta on tätä ohjelmaa uudempi: { $message }
error-frozen = Vahvistettua tietoa ei voi muuttaa: { $message }
error-referenced = Muut tiedot viittaavat tähän: { $message }
error-store = Tietokantavirhe: { $message }

## Mikä on vialla, sanoin (päätös 46): taustaosan virheet lauseina arvoineen.
## { $detail } on jo lukijan kielellä. Käyttäjän kirjoittamat arvot ({ $value }) näytetään
## sellaisinaan; kenttien ja sarakkeiden nimet (join_date) pysyvät CSV:n mukaisina.
err-at-line = { $file } rivi { $line }, kenttä '{ $field }': { $detail }
err-at-field = { $file }, kenttä '{ $field }': { $detail }
err-in-file = { $file }: { $detail }
err-exists = { $file } on jo olemassa, eikä sitä korvattu (käytä valitsinta --force tai valitse toinen kansio)
err-record = { $kind }, kenttä '{ $field }': { $detail }
err-record-key = { $key }: { $detail }
err-not-found = ei löydy: { $kind } '{ $key }'
err-deal-year = { $deal } { $year }: { $detail }
err-scenario = skenaario '{ $scenario }': { $detail }
err-party = { $party }: { $detail }
err-field-empty = on tyhjä
err-field-code = '{ $value }' ei ole tunnus (kirjaimia, numeroita, - _ .)
err-field-date = '{ $value }' ei ole päivämäärä (VVVV-KK-PP)
err-field-number = '{ $value }' ei ole luku
err-field-negative = { $value } on negatiivinen
err-field-positive = { $value } ei ole positiivinen
err-field-whole = '{ $value }' ei ole kokonaisluku
err-field-country = '{ $value }' ei ole ISO 3166 -maakoodi, kuten FI
err-field-one-of = '{ $value }' ei ole mikään seuraavista: { $allowed }
err-field-kind-or-any = '{ $value }' ei ole * eikä mikään seuraavista: { $allowed }
err-field-before = on aiemmin kuin { $other }
err-field-year = { $year } ei ole uskottava vuosi
err-field-derived-metric = '{ $value }' lasketaan tuoduista COUNTER-raporteista, eikä sitä voi syöttää (docs/RULES.md)
err-field-users = '{ $value }' ei ole käyttäjämäärä eikä 'unlimited'
err-metric-name = '{ $value }' ei ole tunnusluvun nimi (pieniä kirjaimia, numeroita ja _)
err-vat-category = '{ $value }' ei ole ALV-luokka ({ $allowed })
err-vat-rate-zero = on oltava yli 0 luokassa S
err-vat-rate-not-zero = on oltava 0 tässä luokassa
err-vat-rate-100 = { $value } ei ole alle 100:n prosenttiluku
err-vat-reason-translated = on perusteen käännös: anna itse peruste myös sarakkeessa 'reason'
err-vat-reason-required = on pakollinen luokassa { $category }: laskussa on kerrottava, miksi arvonlisäveroa ei peritä
err-fx-rate-zero = on oltava yli 0
err-fx-same-currency = on sama valuutta kuin from_currency ({ $currency })
err-vat-id-prefix = '{ $value }' ei ala tunnuksella { $prefix }
err-vat-id-eu = '{ $value }' ei ole ALV-tunniste ({ $prefix } ja 2–13 kirjainta tai numeroa)
err-vat-id-fi = '{ $value }' ei ole suomalainen ALV-tunniste (FI ja 8 numeroa)
err-vat-id-other = '{ $value }' ei ole verotunniste (5–20 kirjainta, numeroa tai yhdysmerkkiä)
err-money-currency = tuntematon valuuttakoodi '{ $value }' (odotettiin ISO 4217 -koodia, kuten EUR)
err-money-mismatch = valuuttoja { $left } ja { $right } ei voi yhdistää: summat ovat eri valuutoissa
err-money-not-amount = '{ $value }' ei ole desimaalisumma
err-money-too-precise = summassa { $amount } on enemmän desimaaleja kuin valuutta { $currency } sallii ({ $decimals })
err-money-overflow = summa on sallitun alueen ulkopuolella
err-rule = säännön kohta '{ $clause }': { $detail }
err-rule-no-colon = odotettiin muotoa 'nimi: arvo'
err-rule-no-member = @-merkin jälkeen odotettiin jäsenen tunnusta
err-rule-member-clause = '{ $value }@' ei ole säännön kohta; käytä muotoa floor@ tai ceiling@
err-rule-unknown-clause = tuntematon säännön kohta '{ $value }' (ks. docs/RULES.md)
err-rule-central-over = rahoittaja ei voi maksaa yli 100 %
err-rule-needs-percent = '{ $value }' tarvitsee prosenttiosuuden, esimerkiksi '40% { $value }'
err-rule-years = '{ $value }' ei ole vuosien määrä
err-rule-average = keskiarvo lasketaan 1–10 vuodelta
err-rule-basis = '{ $value }' ei ole jakoperuste: käytä equal, tunnusluku, 'METRIC avg N' tai 'bands METRIC (...)'
err-rule-band-list = porrastus tarvitsee luettelon: bands fte (0=1, 5000=2)
err-rule-band-end = porrasluettelon on päätyttävä merkkiin ')'
err-rule-band-item = portaan '{ $value }' on oltava muotoa ALKAEN=PAINO
err-rule-band-order = portaiden alarajojen on kasvettava
err-rule-band-zero = ensimmäisen portaan on alettava nollasta, jotta jokainen jäsen osuu johonkin portaaseen
err-rule-mix = osien prosenttiosuudet ovat yhteensä { $total }, eivät 100 %
err-rule-fixed-item = '{ $value }' on oltava muotoa JÄSEN=SUMMA
err-rule-fixed-twice = jäsen '{ $value }' puuttuu tai on annettu kahdesti
err-rule-prorata = '{ $value }' ei ole months, days eikä none
err-rule-publish = porrasvälin on jaettava 100 % tasan (esimerkiksi 0.1% tai 0.01%)
err-rule-year = '{ $value }' ei ole vuosi
err-rule-percent = '{ $value }':n on päätyttävä merkkiin %
err-rule-number = '{ $value }' ei ole ei-negatiivinen luku
err-pricing = '{ $pricing }' ei ole hinnoittelu: { $detail }
err-pricing-shape = odotettiin muotoa 'total SUMMA' tai 'per-site ALKAEN=SUMMA, ...'
err-pricing-kind = sen on alettava sanalla 'total' tai 'per-site'
err-pricing-tier = hintaportaan '{ $value }' on oltava muotoa ALKAEN=SUMMA
err-pricing-count = '{ $value }' ei ole osallistujamäärä
err-pricing-tier-order = hintaportaiden osallistujamäärien on kasvettava
err-pricing-tier-zero = ensimmäinen hintaporras alkaa vähintään yhdestä osallistujasta
err-pricing-positive = { $value } ei ole positiivinen summa
err-pricing-too-few = sopimus tarvitsee vähintään { $needed } osallistujaa, mutta heitä on { $have }: sopimus raukeaa
err-pricing-no-rate = tarjous on valuutassa { $offer } ja konsortio toimii valuutassa { $consortium }: tarjous tarvitsee valuuttakurssin
err-pricing-year-before = tarjous alkaa vuonna { $first }; vuodelle { $year } ei ole hintaa
err-pricing-not-positive = hinnan on oltava positiivinen, saatiin { $value }
err-index-item = '{ $value }' on oltava muotoa VUOSI=PROSENTTI
err-period-shape = '{ $value }' on oltava muotoa ALKU..LOPPU
err-period-order = '{ $value }' päättyy ennen kuin alkaa
err-split-no-participants = sopimuksella ei ole osallistujia
err-split-twice = jäsen { $member } on mukana kahdesti
err-split-outside = jäsen { $member } ei ole mukana jaksolla { $start }–{ $end } (se on mukana { $from } – { $to })
err-split-open-start = alusta
err-split-open-end = loppuun
err-split-unknown-member = sääntö nimeää kohdassa '{ $clause }' jäsenen { $member }, mutta se ei ole mukana
err-split-missing-metric = jäseneltä { $member } puuttuu '{ $metric }' vuodelta { $year }
err-split-negative-metric = jäsenen { $member } '{ $metric }' on negatiivinen ({ $value }) vuodelta { $year }
err-split-zero-weights = jakoperusteen '{ $basis }' painot ovat yhteensä nolla: kenelläkään osallistujalla ei ole positiivista arvoa, joten sillä ei voi jakaa mitään
err-split-fixed-exceed = kiinteät summat ovat yhteensä { $fixed }, enemmän kuin jaettava { $amount }
err-split-all-fixed = jokaisella osallistujalla on kiinteä summa, yhteensä { $fixed }, mutta jaettavana on { $amount }
err-split-flat-exceed = kiinteät perusmaksut ovat yhteensä { $fees }, enemmän kuin jaettavaksi jäävä { $amount }
err-split-weights-large = jakoperusteen '{ $basis }' painot ovat liian suuria tai niissä on liian monta desimaalia tarkkaan laskentaan
err-split-bounds = mahdottomat rajat: { $detail }
err-split-bounds-crossed = jäsenen { $member } alaraja { $floor } on ylärajaa { $ceiling } suurempi
err-split-floors-high = alarajat ovat yhteensä { $floors }, enemmän kuin jaettava { $pool }
err-split-ceilings-low = ylärajat ovat yhteensä { $ceilings }, vähemmän kuin jaettava { $pool }
err-split-too-large = { $amount } on enemmän kuin jako voi käsitellä: summat pidetään pienimpinä yksikköinä enintään 9223372036854775807
err-split-too-precise = säännön summassa { $amount } on enemmän desimaaleja kuin valuutta { $currency } sallii
err-deal-not-in-year = sopimus { $deal } on voimassa { $start }–{ $end }, ei vuonna { $year }
err-deal-no-offer = sopimuksella { $deal } ei ole vielä tarjousta: tuo offers.csv
err-csv-unknown-column = tuntematon sarake (odotettiin: { $expected })
err-csv-missing-column = sarake puuttuu
err-csv-empty = on tyhjä: odotettiin otsikkoriviä
err-csv-row-length = rivillä on { $found } kenttää, otsikkorivillä { $expected }
err-csv-utf8 = ei ole kelvollista UTF-8-tekstiä
err-csv-duplicate-key = avain '{ $key }' toistuu (ensimmäisen kerran rivillä { $first })
err-no-such-code = tunnuksella '{ $code }' ei ole tietuetta ({ $kind })
err-no-record = taulussa { $kind } ei ole tietuetta { $key }
err-delete-referred = { $kind } '{ $key }' ei voi poistaa: siihen viittaavat { $referrers }
err-referrer = { $table } ({ $count })
err-and = { $first } ja { $rest }
err-table-resources = aineistot
err-table-member-metrics = jäsenten tunnusluvut
err-table-licences = lisenssit
err-table-licence-terms = lisenssiehdot
err-table-licence-amendments = lisenssien muutokset
err-table-deals = sopimukset
err-table-offers = tarjoukset
err-table-participations = osallistumiset
err-table-usage-imports = käyttötietojen tuonnit
err-demo-not-empty = { $path } sisältää jo konsortion; esittelyaineiston voi ladata vain tyhjään tietokantaan
err-invoice-address = osapuolelta { $party } puuttuu { $field }: laskussa on oltava ostajan ja myyjän täydellinen laskutusosoite
err-address-street = katuosoite
err-address-postcode = postinumero
err-address-city = postitoimipaikka
err-invoice-vat-id = osapuolella { $party } ei ole ALV-tunnistetta, joka käännetyn verovelvollisuuden laskussa on näytettävä
err-invoice-bad-vat-id = osapuolen { $party } ALV-tunniste ei kelpaa: { $detail }
err-invoice-no-vat-rate = ALV-kantaa ei ole: { $kind }, ostaja maassa { $country }, { $date }: lisää se tauluun vat_rates
err-invoice-no-fx = valuuttakurssia { $from } → { $to } ei ole päivältä { $date } tai sitä ennen: lisää se tauluun exchange_rates
err-invoice-nothing = osapuolella { $party } ei ole laskutettavaa
err-invoice-all-credited = laskun { $number } kaikki rivit on jo hyvitetty
err-invoice-not-creditable = riviä { $line } ei ole laskussa tai se on jo hyvitetty
err-invoice-meanwhile = joku muu laskutti osapuolta { $party } sillä välin: aja erä uudelleen
err-credit-a-credit-note = { $number } on hyvityslasku; vain laskuja voi hyvittää
err-invoice-not-final = sopimuksen { $deal } jakoa vuodelle { $year } ei ole vahvistettu: vahvista se ennen laskutusta
err-invoice-none-final = yhtään vuoden { $year } jakoa ei ole vahvistettu: ei laskutettavaa
err-funder-no-details = rahoittajalla '{ $funder }' ei ole laskutustietoja: lisää se tauluun funders (nimi, osoite, maa, ...)
err-payment-amount = { $amount } ei ole välillä 0 ja laskulla { $number } vielä avoinna oleva { $due }
err-pdf-uncovered = mikään mukana tuleva fontti ei sisällä merkkiä '{ $character }' (U+{ $code }) tekstissä "{ $text }": muuta tekstiä tai lisää merkin kattava fontti konsortio-pdf:ään
err-store-too-new = tämän tietokannan on kirjoittanut uudempi Konsortio (skeemaversio { $found }); tämä versio lukee enintään version { $supported }: päivitä Konsortio
err-store-frozen = sopimuksen { $deal } jako vuodelle { $year } on vahvistettu ja lukittu
err-store-bad-record = tallennettua tietuetta { $kind } '{ $key }' ei voi lukea: kenttä '{ $field }': { $detail }
err-store-referenced = { $kind } '{ $key }' on yhä viitattuna (vahvistetusta jaosta tai toisesta tietueesta), eikä sitä voi poistaa
err-store-no-invoice = laskua numerolla { $number } ei ole
err-harvest-queued = yhä jonossa { $attempts } yrityksen jälkeen ({ $exceptions }); haravoi myöhemmin uudelleen
err-harvest-no-usage = raportissa ei ole käyttöä
err-harvest-stopped = ei kysytty: haravointi pysäytettiin
## Toimittajan COUNTER-tiedosto, jota ei voi lukea: missä ({ $at }: tiedosto, sen rivi ja
## sarake tai JSON-osoitin), sitten mikä on vialla. Lainausmerkeissä olevat arvot ovat kuten
## tiedostossa; JSON- tai CSV-lukijan ja järjestelmän syyt ({ $reason }) näytetään sellaisinaan.
err-counter = { $at }: { $detail }
err-counter-row = { $file }, rivi { $row }
err-counter-cell = { $file }, rivi { $row }, sarake { $column }
err-counter-cell-heading = { $file }, rivi { $row }, sarake { $column } ({ $heading })
err-counter-pointer = { $file }, kohta { $pointer }
err-counter-empty = tiedosto on tyhjä
err-counter-no-title = ei ole COUNTER-raportti: "{ $value }" ei ole raportin nimi
err-counter-no-report-header = ei ole COUNTER-raportti: JSON-dokumentissa ei ole Report_Header-osaa
err-counter-first-cell = ei ole COUNTER-raportti: rivin { $row } alussa on "{ $value }", ei Report_Name eikä R4-raportin nimi
err-counter-format-text = tiedostomuotoa ei tueta: ei TSV- eikä CSV-tekstiä
err-counter-format-xls = tiedostomuotoa ei tueta: vanha Excelin .xls: tallenna se muodossa .xlsx, CSV tai TSV
err-counter-release = tuntematon tai tukematon COUNTER-versio "{ $value }" (tuetut: 5.1, 5, 4)
err-counter-report = tuntematon tai tukematon raportti "{ $value }"
err-counter-header-label = tuntematon otsaketietojen rivi "{ $value }"
err-counter-header-missing = otsaketiedoista puuttuu { $name }
err-counter-header-twice = otsaketiedoissa on { $name } kahdesti
err-counter-header-value = kentän { $field } arvoa "{ $value }" ei voi lukea
err-counter-no-headings = tiedosto päättyy ennen sarakeotsikoiden riviä (katkennut?)
err-counter-column-missing = sarakeotsikoista puuttuu { $name }
err-counter-column-twice = sarake "{ $name }" on kahdesti
err-counter-month = "{ $value }" ei ole kuukauden otsikko
err-counter-month-outside = kuukausi { $month } on raportointikauden { $begin }–{ $end } ulkopuolella
err-counter-month-twice = kuukausi { $month } on kahdesti saman nimekkeen ja mittarin kohdalla
err-counter-not-count = "{ $value }" ei ole lukumäärä
err-counter-negative = negatiivinen lukumäärä "{ $value }"
err-counter-too-large = lukumäärä "{ $value }" on liian suuri
err-counter-metric = tuntematon mittarityyppi "{ $value }"
err-counter-short-row =
    { $found ->
        [one] rivillä on { $found } solu, sarakeotsikoita on { $expected } (katkennut?)
       *[other] rivillä on { $found } solua, sarakeotsikoita on { $expected } (katkennut?)
    }
err-counter-no-heading = arvo "{ $value }" on sarakkeessa, jolla ei ole otsikkoa
err-counter-total = Reporting_Period_Total on { $stated }, mutta kuukausien summa on { $months }
err-counter-totals-row = summarivillä mittarin { $metric } arvo on { $stated }, mutta rivien summa on { $rows }
err-counter-truncated = tiedosto päättyy kesken (katkennut?)
err-counter-encoding = teksti ei ole kelvollista UTF-8:aa
err-counter-malformed = virheellistä tekstiä: { $reason }
err-counter-json = virheellistä JSONia: { $reason }
err-counter-json-shape = odottamaton JSON: { $reason }
err-counter-xlsx = Excel-työkirjaa ei voi lukea: { $reason }
err-counter-xlsx-no-sheet = Excel-työkirjaa ei voi lukea: työkirjassa ei ole laskentataulukkoa
err-counter-io = lukeminen epäonnistui: { $reason }
err-counter-exceptions = SUSHI-palvelin vastasi raportin sijaan poikkeuksilla: { $exceptions }
## SUSHI: epäonnistunut pyyntö tai haravointi (palvelimen poikkeukset ja yhteyden sanat tulevat
## sellaisinaan, avaimet poistettuina), palvelun ja tunnusten lomakkeiden kentät, sushi.csv.
err-sushi-report-id = '{ $value }' ei ole COUNTER-version 5 raportin tunnus (TR_J1, DR, PR...)
err-sushi-from = alkukuukausi (--from) '{ $value }' ei ole kuukausi (VVVV-KK)
err-sushi-to = loppukuukausi (--to) '{ $value }' ei ole kuukausi (VVVV-KK)
err-sushi-period = jakso { $begin }–{ $end } päättyy ennen kuin se alkaa
err-sushi-url-scheme = palvelu { $endpoint }: perus-URL '{ $url }' ei ala https:// tai http://
err-sushi-url-host = palvelu { $endpoint }: perus-URL:ssa '{ $url }' ei ole palvelimen nimeä
err-sushi-url-query = palvelu { $endpoint }: perus-URL:ssa '{ $url }' on kysely, ankkuri tai välilyöntejä; anna URL, jonka alle /reports-polut tulevat
err-sushi-missing-credential = { $endpoint }: tunnuksista puuttuu { $field }, jota tämä palvelu edellyttää
err-sushi-unauthorised = { $endpoint }: ei oikeutta: { $exceptions }; tarkista jäsenen asiakastunnus, pyytäjän tunnus ja API-avain
err-sushi-busy = { $endpoint }: palvelin oli yhä kiireinen (liian monta pyyntöä) { $attempts } yrityksen jälkeen; haravoi myöhemmin uudelleen
err-sushi-refused = { $endpoint }: palvelin hylkäsi pyynnön: { $exceptions }
err-sushi-refused-http = { $endpoint }: palvelin hylkäsi pyynnön (HTTP { $status }): { $exceptions }
err-sushi-http = { $endpoint }: palvelin vastasi HTTP { $status } ilman COUNTER-raporttia tai SUSHI-poikkeusta
err-sushi-timeout = { $endpoint }: ei vastausta { $seconds } sekunnissa (aikakatkaisu)
err-sushi-connection = { $endpoint }: { $reason }
err-sushi-connection-refused = yhteys torjuttiin
err-sushi-connection-dropped = yhteys katkesi ennen kuin koko vastaus tuli
err-sushi-connection-host = palvelinta ei löydy (tarkista perus-URL ja verkkoyhteys)
err-sushi-connection-failed = yhteyttä ei saada (yhteys torjuttiin tai palvelin ei ole tavoitettavissa)
err-sushi-connection-tls = TLS epäonnistui: { $reason }
err-sushi-malformed = { $endpoint }: vastaus ei ole käyttökelpoinen COUNTER-raportti: { $reason }
err-sushi-code-spaces = '{ $value }' on oltava yksi sana ilman välilyöntejä
err-sushi-platform-empty = on tyhjä, mutta palvelu edellyttää, että platform= lähetetään
err-sushi-no-endpoint = SUSHI-palvelua '{ $endpoint }' ei ole (lisää se komennolla usage sushi add)
err-sushi-customer-empty = on tyhjä; jokainen SUSHI-pyyntö nimeää asiakkaan
err-sushi-requestor-empty = on tyhjä, ja { $endpoint } edellyttää sitä
err-sushi-key-empty = on tyhjä (avaimen voi poistaa tyhjentämällä sen)
err-sushi-key-spaces = sisältää välilyöntejä tai ohjausmerkkejä (liitetty rivinvaihdon kanssa?)
err-sushi-key-missing = puuttuu, ja { $endpoint } edellyttää sitä
err-sushi-csv-columns = sarakkeiden on oltava { $expected }, mutta ne ovat { $found }
err-sushi-csv-line = rivi { $line }: { $reason }
err-sushi-csv-twice = { $member } palvelussa { $endpoint } on tiedostossa kahdesti
err-sushi-endpoint-in-use = { $count } jäsenellä on tunnukset palvelussa { $endpoint }; poista nekin valitsimella --with-credentials
err-harvest-no-credentials = yhdelläkään jäsenellä ei ole tunnuksia palvelussa { $endpoint }; lisää ne komennolla: konsortio usage sushi credentials JÄSEN { $endpoint } --customer-id TUNNUS
## Käyttöraportit ja niiden mittarit
err-usage-metric-type = '{ $value }' ei ole COUNTER-mittarityyppi; käytä jotakin näistä: { $allowed }
err-usage-derived-metric = '{ $value }' ei nimeä COUNTER-mittaria; tuoduista raporteista lasketut mittarit ovat { $allowed }
err-usage-map-empty = kohdistettava nimi on tyhjä
err-usage-overlap = { $file }: jäsenen { $member } raportti { $report } { $platform } kattaa ajan { $begin }–{ $end }, joka on osittain päällekkäin tuonnin { $other } ({ $other_begin }–{ $other_end }) kanssa; korvaa se tuomalla raportti samalta kaudelta (tai sen kattavalta kaudelta)
err-usage-no-consortium = tietokannassa ei ole vielä konsortiota: tuo consortium.csv
## Mitä ei löydy (err-not-found-viestin { $kind }, myös err-record-viestin)
err-not-found-credentials = ei löydy: jäsenen { $member } SUSHI-tunnukset palvelussa { $endpoint }
err-not-found-participant = ei löydy: osallistuja { $member } sopimuksessa { $deal } vuonna { $year }
err-kind-deal = sopimus
err-kind-invoice = lasku
err-kind-participant = osallistuja
err-kind-participation = osallistuminen
err-kind-member = jäsen
err-kind-resource = aineisto
err-kind-vendor = toimittaja
err-kind-funder = rahoittaja
err-kind-offer = tarjous
err-kind-licence = lisenssi
err-kind-database = tietokanta
err-kind-usage-import = käyttötietojen tuonti
err-kind-usage-mapping = vastaavuus
err-kind-sushi-endpoint = SUSHI-palvelu
err-kind-sushi-credentials = SUSHI-tunnukset

## SUSHI harvesting (the usage view's SUSHI tab)

usage-tab-sushi = SUSHI
sushi-endpoints-title = SUSHI-palvelut
sushi-endpoints-hint = Kunkin toimittajan alustan COUNTER_SUSHI-palvelu; jäsenten tunnukset tallennetaan palvelukohtaisesti.
sushi-endpoints-empty = SUSHI-palvelua ei ole vielä: lisää se alla.
sushi-col-code = Tunnus
sushi-col-vendor = Toimittaja
sushi-col-url = Perus-URL
sushi-col-platform = Alusta
sushi-col-members = Jäseniä
sushi-remove = Poista
sushi-remove-label = Poista { $code }
sushi-confirm-remove =
    { $count ->
        [0] Poistetaanko SUSHI-palvelu { $code }?
        [one] Poistetaanko SUSHI-palvelu { $code } ja { $count } jäsenen tunnukset siellä?
       *[other] Poistetaanko SUSHI-palvelu { $code } ja { $count } jäsenen tunnukset siellä?
    }
sushi-removed = SUSHI-palvelu { $code } poistettiin.
sushi-add-title = Lisää palvelu
sushi-code = Tunnus
sushi-vendor = Toimittaja
sushi-url = Perus-URL
sushi-platform = Alusta (valinnainen)
sushi-wants-requestor = Lähettää requestor_id:n
sushi-wants-key = Lähettää api_key:n
sushi-wants-platform = Lähettää platform-tiedon
sushi-add = Lisää palvelu
sushi-added = SUSHI-palvelu { $code } lisättiin.
sushi-required = Pakollinen.
sushi-url-invalid = Anna URL, joka alkaa https:// tai http://.
sushi-credentials-title = Jäsenen tunnukset
sushi-credentials-hint = API-avainta käytetään vain haravointiin: sitä ei näytetä enää koskaan, korkeintaan sen neljä viimeistä merkkiä.
sushi-endpoint = Palvelu
sushi-member = Jäsen
sushi-customer-id = Asiakastunnus
sushi-requestor-id = Pyytäjän tunnus
sushi-api-key = API-avain
sushi-api-key-keep = tyhjä säilyttää tallennetun avaimen
sushi-save-credentials = Tallenna tunnukset
sushi-saved-credentials = Jäsenen { $member } tunnukset palvelussa { $endpoint } tallennettiin.
sushi-key-set = asetettu { $key }
sushi-key-none = ei avainta
sushi-credentials-col-member = Jäsen
sushi-credentials-col-customer = Asiakastunnus
sushi-credentials-col-requestor = Pyytäjän tunnus
sushi-credentials-col-key = API-avain
sushi-credentials-at = Tunnukset palvelussa { $endpoint }
sushi-credentials-empty = Yhdelläkään jäsenellä ei vielä ole tunnuksia tässä palvelussa.
sushi-forget = Unohda
sushi-forget-label = Unohda jäsenen { $member } tunnukset palvelussa { $endpoint }
sushi-confirm-forget = Unohdetaanko jäsenen { $member } tunnukset palvelussa { $endpoint }? Jo haettu käyttötieto säilyy; uusi haku vaatii tunnukset uudelleen.
sushi-forgotten = Jäsenen { $member } tunnukset palvelussa { $endpoint } unohdettiin.
sushi-harvest-title = Haravoi raportti
sushi-harvest-hint = Hakee raportin kullekin jäsenelle ja tuo sen kuten tiedoston; saman raportin ja jakson uusi haravointi korvaa aiemman.
sushi-report = Raportti
sushi-from = Alkaen (VVVV-KK)
sushi-to = Päättyen (VVVV-KK)
sushi-all-members = Kaikki jäsenet, joilla on tunnukset
sushi-harvest = Haravoi
sushi-month-invalid = Kirjoita kuukausi muodossa VVVV-KK, esim. 2025-01.
sushi-period-backwards = Jakso päättyy ennen kuin se alkaa.
sushi-progress = { $done }/{ $total } jäsentä valmiina
sushi-asking =
    { $attempt ->
        [1] Pyydetään jäsenen { $member } raporttia
       *[other] Pyydetään jäsenen { $member } raporttia uudelleen (yritys { $attempt })
    }
sushi-waiting = Odotetaan { $seconds } s: { $reason }
sushi-reason-busy = palvelin on kiireinen (liian monta pyyntöä)
sushi-reason-queued =
    { $count ->
        [one] 1 raportti jonossa käsiteltäväksi
       *[other] { $count } raporttia jonossa käsiteltäväksi
    }
sushi-busy-hint = Ikkunaa voi käyttää haravoinnin aikana.
sushi-results-title = Haravoinnin tulokset
sushi-results-col-member = Jäsen
sushi-results-col-result = Tulos
sushi-results-col-detail = Lisätiedot
sushi-result-imported =
    { $count ->
        [one] tuotiin { $count } nimike
       *[other] tuotiin { $count } nimikettä
    }
sushi-result-no-usage = ei käyttöä
sushi-result-queued = jonossa: haravoi myöhemmin uudelleen
sushi-result-unauthorised = ei oikeutta
sushi-result-failed = epäonnistui: { $message }
sushi-stop = Pysäytä
sushi-stopping = Pysäytetään: kysyttävänä oleva jäsen käsitellään loppuun, muilta ei kysytä.
sushi-result-stopped = ei kysytty (pysäytetty)

## Explanation steps (crates/core explain keys)
## Yksi viesti kutakin jakomoottorin selityslauseen muotoa kohden (konsortio-core explain::KEYS).

explain-funder-default = keskusrahoittaja
explain-basis-equal = tasajako
explain-price-total = Konsortiohinta: { $price }.
explain-price-per-site = Organisaatiokohtainen hinta { $n } osallistujalle (hintaporras alkaen { $from } osallistujasta): { $price } × { $n } = { $total }.
explain-price-by-count = Hinta { $n } osallistujalle (hintaporras alkaen { $from } osallistujasta): { $price }.
explain-price-rise = { $year }: hinta nousee { $pct } ja on { $price }.
explain-price-converted = Muunnettu kurssilla { $rate } { $to } / { $from } ({ $source }, { $date }): { $price }.
explain-total = Vuoden { $year } jaettava hinta on { $total }, ja se jaetaan { $n } osallistujan kesken.
explain-prorata-months =
    { $num ->
        [one] Olet mukana { $num } kuukauden jakson { $den } kuukaudesta ({ $from }–{ $to }): painostasi otetaan huomioon { $num }/{ $den }.
       *[other] Olet mukana { $num } kuukautta jakson { $den } kuukaudesta ({ $from }–{ $to }): painostasi otetaan huomioon { $num }/{ $den }.
    }
explain-prorata-days =
    { $num ->
        [one] Olet mukana { $num } päivän jakson { $den } päivästä ({ $from }–{ $to }): painostasi otetaan huomioon { $num }/{ $den }.
       *[other] Olet mukana { $num } päivää jakson { $den } päivästä ({ $from }–{ $to }): painostasi otetaan huomioon { $num }/{ $den }.
    }
explain-central-percent = Hinnasta { $pct } maksaa { $funder }: { $part }.
explain-central-fixed = Kiinteän summan { $part } maksaa { $funder }.
explain-central-full = Koko hinnan, { $total }, maksaa { $funder }; jäsenet eivät maksa mitään.
explain-notional = Laskennallinen osuutesi (se, minkä saat) lasketaan kaavalla; ala- ja ylärajoja ei sovelleta, koska jäsenet eivät maksa mitään.
explain-rest = Jäsenet jakavat loput, { $rest }.
explain-fixed-member = Maksat sovitun kiinteän summan { $amount }.
explain-fixed-all =
    { $n ->
        [one] Sovitut kiinteät summat ovat yhteensä { $fixed }; ainoalle muulle jäsenelle jää { $rest }.
       *[other] Sovitut kiinteät summat ovat yhteensä { $fixed }; muille { $n } jäsenelle jää { $rest }.
    }
explain-flat = Kiinteä perusmaksu: { $fee }.
explain-flat-prorata = Kiinteä perusmaksu: { $fee } × osallistumisaikasi kerroin { $factor } = { $amount }.
explain-flat-all = Kiinteät perusmaksut ({ $fee } jäsentä kohden) ovat yhteensä { $fees }; kaavalla jaetaan { $rest }.
explain-metric = Tunnuslukusi { $metric } vuonna { $year }: { $value }.
explain-metric-average = Tunnuslukusi { $metric } keskimäärin vuosina { $years }: { $value }.
explain-band = Tunnuslukusi { $metric } vuonna { $year } on { $value }: maksuluokka alkaen { $from }, painokerroin { $weight }.
explain-component = Summasta { $pct } ({ $part }) jaetaan jakoperusteella { $basis }: painosi { $weight } kaikkien yhteensä { $weights } painosta = { $share_pct } → { $share }.
explain-publish = Osuutesi julkaistaan muodossa { $pct } ({ $step } tarkkuudella, kaikki yhteensä 100 %): { $pct } summasta { $pool } = { $share }.
explain-no-last-year = Sinulla ei ollut viime vuonna vahvistettua osuutta, joten korotuskatto ei koske sinua.
explain-ceiling-uniform = Ylärajasi: { $ceiling } (kaikille yhteinen yläraja).
explain-ceiling-own = Ylärajasi: { $ceiling } (sinulle sovittu yläraja).
explain-ceiling-metric = Ylärajasi: { $ceiling } ({ $pct } tunnusluvustasi { $metric }, joka on { $value }).
explain-ceiling-last-year = Ylärajasi: { $ceiling } (viime vuoden { $last } korotettuna enintään { $pct }).
explain-floor = Alarajasi: { $floor }.
explain-bound-floor = Kaavan mukaan osuutesi olisi { $formula }, mikä alittaa alarajasi: maksat alarajan, { $floor }.
explain-bound-ceiling = Kaavan mukaan osuutesi olisi { $formula }, mikä ylittää ylärajasi: maksat ylärajan, { $ceiling }.
explain-bound-none = Mikään ala- tai yläraja ei koske yhtäkään jäsentä: kaavan tulos pysyy.
explain-bound-scaled-more = Ala- tai ylärajaan sidotut jäsenet maksavat { $moved } enemmän kuin kaavan mukaan; rajoittamattomien jäsenten osuudet kerrotaan tämän tasaamiseksi luvulla { $factor }: { $formula } → { $share }.
explain-bound-scaled-less = Ala- tai ylärajaan sidotut jäsenet maksavat { $moved } vähemmän kuin kaavan mukaan; rajoittamattomien jäsenten osuudet kerrotaan tämän tasaamiseksi luvulla { $factor }: { $formula } → { $share }.
explain-rounding = Tarkka osuus { $exact } pyöristettynä: { $share }. Jokainen osuus pyöristetään alaspäin pienimmän rahayksikön tarkkuuteen, ja yli jäävät yksiköt annetaan suurimmille jakojäännöksille, joten osuudet ovat yhteensä täsmälleen { $total }.
explain-central-attributed = Summa { $part }, jonka { $funder } maksaa, kohdistetaan jäsenille niiden koko hinnasta laskettujen kaavaosuuksien mukaan: osuutesi on { $pct } → { $share }.
explain-central-cap = Jokaisen jäsenen osuudesta maksaa { $funder } enintään { $cap }: sinun osuudestasi { $funded }; maksat loput, { $payable }.
explain-result = Maksat { $payable }.
explain-result-funded = Maksat { $payable }; { $funder } maksaa puolestasi { $funded }; laskennallinen osuutesi on { $notional }.

## CLI help (clap)

cli-help = Lisensioi e-aineistoja kirjastokonsortiolle ja jaa niiden kustannukset
cli-help--db = Tietokantatiedosto (oletus: $KONSORTIO_DB, muuten konsortio.db alustan datahakemistossa)
cli-help--lang = Viestien, taulukoiden ja ohjeen kieli: en, fi, sv, tr tai zh (oletus: LC_ALL, LC_MESSAGES tai LANG; muille englanti)
cli-help--help = Näytä ohje
cli-help--version = Näytä versio
cli-help-help = Näytä tämä ohje tai annettujen alikomentojen ohje
cli-clap-usage = Käyttö
cli-clap-commands = Komennot
cli-clap-arguments = Argumentit
cli-clap-options = Valitsimet
cli-clap-default = [oletus: { $value }]
cli-clap-possible-values = [mahdolliset arvot: { $values }]
cli-help-init = Luo tietokanta (jos uusi); --demo lataa esittelykonsortion tyhjään tietokantaan
cli-help-init--demo = Lataa esittelykonsortio (vain tyhjään tietokantaan)
cli-help-demo = Näytä esittely: avaa (ensimmäisellä kerralla täyttäen) ja tulosta esittelyvuoden kustannusjako
cli-help-import = Tuo yhden tietuelajin CSV-tiedosto (ks. docs/CSV.md): kaikki rivit tai ei mitään
cli-help-import--kind = Tietuelaji, esim. members tai deals (luettelo: docs/CSV.md)
cli-help-import--file = CSV-tiedosto
cli-help-import-dir = Tuo kansiollinen tietuelajien mukaan nimettyjä CSV-tiedostoja yhtenä transaktiona
cli-help-import-dir--dir = Kansio, jossa on esim. members.csv ja deals.csv
cli-help-export = Vie yksi tietuelaji CSV-muodossa
cli-help-export--kind = Tietuelaji, esim. members tai deals
cli-help-export--out = Kirjoita tähän tiedostoon vakiotulosteen sijaan
cli-help-export--force = Korvaa tiedosto, jos se on jo olemassa
cli-help-list = Luettele yhden tietuelajin tietueet
cli-help-list--kind = Tietuelaji, esim. members tai deals
cli-help-split = Laske sopimuksen kustannusjako vuodelle (vahvistettu jako lukittuna)
cli-help-split--deal = Sopimuksen tunnus
cli-help-split--year = Vuosi, jolle jako lasketaan
cli-help-split--rule = Kokeile sopimuksen säännön sijaan toista sääntöä (docs/RULES.md)
cli-help-split--format = Tulosta taulukkona tai CSV:nä
cli-help-split--explain = Selitä tämän jäsenen osuus vaihe vaiheelta
cli-help-compare = Vertaa sopimuksen jakosääntöjä: --rule "NIMI=SÄÄNTÖ" kullekin vaihtoehdolle
cli-help-compare--deal = Sopimuksen tunnus
cli-help-compare--year = Vuosi, jolle jako lasketaan
cli-help-compare--rules = Vaihtoehto muodossa NIMI=SÄÄNTÖ, esim. "fte=shared: fte" (kerran kullekin vaihtoehdolle)
cli-help-compare--format = Tulosta taulukkona tai CSV:nä
cli-help-finalise = Vahvista (lukitse) sopimuksen kustannusjako vuodelle
cli-help-finalise--deal = Sopimuksen tunnus
cli-help-finalise--year = Jaon vuosi
cli-help-calc = Laskin: osuudet sopimustiedostosta ja jäsenten CSV-tiedostosta ilman tietokantaa
cli-help-calc--deal-file = Sopimustiedosto (TOML, ks. docs/CALCULATOR.md)
cli-help-calc--members-csv = Jäsenet ja niiden tunnusluvut CSV-muodossa
cli-help-calc--format = Tulosta taulukkona tai CSV:nä
cli-help-calc--explain = Selitä tämän jäsenen osuus vaihe vaiheelta
cli-help-audit = Muutoslokin uusimmat merkinnät
cli-help-audit--limit = Näytettävien merkintöjen määrä
cli-help-backup = Kirjoita tietokannasta eheä kopio uuteen tiedostoon
cli-help-backup--file = Uusi tiedosto
cli-help-statement = Jäsenen vuoden erittely PDF-tiedostona: jokainen sopimus, sen osuus, peruste ja edellinen vuosi
cli-help-statement--member = Jäsenen tunnus
cli-help-statement--year = Erittelyn vuosi
cli-help-statement--out = Kirjoitettava PDF-tiedosto
cli-help-statement--force = Korvaa tiedosto, jos se on jo olemassa
cli-help-invoice = Laskut ja hyvityslaskut: laadi, luettele, näytä, hyvitä, kirjaa maksu, vie
cli-help-invoice-issue = Laadi vuoden vahvistettujen jakojen laskut (yhden sopimuksen tai kaikkien)
cli-help-invoice-issue--year = Vahvistettujen jakojen vuosi
cli-help-invoice-issue--deal = Vain tämä sopimus (oletus: kaikki vuodelle vahvistetut sopimukset)
cli-help-invoice-issue--mode = Keitä laskutetaan: per-member (kullekin jäsenelle lasku sopimuksittain), funder (kunkin sopimuksen rahoittajalle sen osuudesta) tai consolidated (kullekin jäsenelle yksi lasku kaikista sopimuksista)
cli-help-invoice-issue--date = Laskun päiväys (VVVV-KK-PP; oletus tänään)
cli-help-invoice-issue--explain = Liitä kunkin osuuden selitys sen riville
cli-help-invoice-issue--dry-run = Laadi erä luonnoksena tarkistettavaksi: mitään ei numeroida eikä tallenneta
cli-help-invoice-list = Laskurekisteri: kaikki laskut ja hyvityslaskut tiloineen
cli-help-invoice-show = Yhden laskun rivit, ALV ja loppusummat
cli-help-invoice-show--number = Laskun tai hyvityslaskun numero
cli-help-invoice-credit = Hyvitä lasku: kaikki sen rivit tai --line N joillekin
cli-help-invoice-credit--lines = Hyvitä vain rivi N (kerran kullekin riville)
cli-help-invoice-credit--number = Laskun numero
cli-help-invoice-credit--date = Hyvityslaskun päiväys (VVVV-KK-PP; oletus tänään)
cli-help-invoice-pay = Kirjaa laskulle maksu
cli-help-invoice-pay--number = Laskun numero
cli-help-invoice-pay--amount = Maksettu summa laskun valuutassa
cli-help-invoice-pay--date = Maksupäivä (VVVV-KK-PP; oletus tänään)
cli-help-invoice-pay--reference = Maksun viite, esim. pankin antama
cli-help-invoice-export = Vie kansioon: rekisteri tiedostoina invoices.csv ja invoice_lines.csv (csv) tai jokainen lasku UBL 2.1 -verkkolaskuna (ubl) tai PDF-tiedostona (pdf)
cli-help-invoice-export--dir = Kansio
cli-help-invoice-export--format = Mitä kirjoitetaan
cli-help-invoice-export--force = Korvaa olemassa olevat tiedostot
cli-help-usage = COUNTER-käyttöraportit
cli-help-usage-inspect = Raporttitiedoston tiedot (versio, raportti, organisaatio, kausi, poikkeukset) ja summat mittarityypeittäin koskematta tietokantaan
cli-help-usage-inspect--file = Raporttitiedosto (TSV, CSV, xlsx tai SUSHI JSON)
cli-help-usage-inspect--json = Tulosta JSON-muodossa
cli-help-usage-import = Tuo COUNTER-raportti (mikä tahansa versio, raportti ja muoto) jäsenen käytöksi: kaikki tai ei mitään; saman kauden sama raportti korvaa aiemman
cli-help-usage-import--member = Jäsenen tunnus
cli-help-usage-import--file = Raporttitiedosto
cli-help-usage-import--json = Tulosta yhteenveto JSON-muodossa
cli-help-usage-list = Tuodut raportit
cli-help-usage-remove = Poista tuotu raportti sen numerolla (ks. `usage list`)
cli-help-usage-remove--id = Raportin numero
cli-help-usage-map = Muista, että toimittajan alustan, tietokannan tai nimekkeen nimi tai tunniste (raporttien kirjoitusasussa) tarkoittaa aineistoa
cli-help-usage-map--name = Nimi tai tunniste raporttien kirjoitusasussa
cli-help-usage-map--resource = Aineiston tunnus
cli-help-usage-unmap = Unohda kohdistus
cli-help-usage-unmap--name = Kohdistettu nimi
cli-help-usage-mappings = Toimittajien nimien kohdistukset aineistoihin
cli-help-usage-unmatched = Tuotujen raporttien nimet, jotka eivät vastaa yhtään aineistoa (tai vastaavat useaa)
cli-help-usage-cost-per-use = Vuoden vahvistettujen osuuksien kustannus per käyttö: jäsenittäin ja koko konsortiolle
cli-help-usage-cost-per-use--year = Vahvistettujen osuuksien vuosi
cli-help-usage-cost-per-use--metric = COUNTER-mittarityyppi, joka lasketaan käytöksi (oletus Unique_Item_Requests)
cli-help-usage-cost-per-use--member = Vain tämä jäsen (ei yhdessä --format csv:n kanssa)
cli-help-usage-cost-per-use--format = Tulosta taulukkona tai CSV:nä
cli-help-usage-basis = Mitä aineiston sopimuksen kustannusjako lukee `usage_<metric>`-tunnusluvuksi: kunkin jäsenen luvut vuosittain tuoduista raporteista
cli-help-usage-basis--resource = Aineiston tunnus
cli-help-usage-basis--year = Viimeinen vuosi (vuoden V jako lukee vuotta V - 1, ellei sen sääntö toisin sano)
cli-help-usage-basis--years = Montako vuotta --year-vuoteen asti
cli-help-usage-basis--metric = COUNTER-mittarityyppi (oletus Unique_Item_Requests)
cli-help-usage-report = Kirjoita vuoden käyttöraportti PDF-tiedostona: kunkin sopimuksen kustannus, käyttö ja kustannus per käyttö sekä kaavio sopimuksista kustannuksen per käyttö mukaan järjestettynä; koko konsortiolle tai yhdelle jäsenelle
cli-help-usage-report--year = Vahvistettujen osuuksien vuosi
cli-help-usage-report--member = Vain tämän jäsenen raportti (oletus: konsortion)
cli-help-usage-report--metric = COUNTER-mittarityyppi, joka lasketaan käytöksi (oletus Unique_Item_Requests)
cli-help-usage-report--out = Kirjoitettava PDF-tiedosto
cli-help-usage-report--force = Korvaa tiedosto, jos se on jo olemassa
cli-help-usage-sushi = SUSHI-palvelut ja jäsenten tunnukset niissä (API-avaimia ei koskaan näytetä)
cli-help-usage-sushi-add = Lisää toimittajan alustan SUSHI-palvelu (tai muuta tämän tunnuksen palvelua)
cli-help-usage-sushi-add--code = Lyhyt nimi palvelulle, esim. EBSCO
cli-help-usage-sushi-add--vendor = Toimittajan tunnus
cli-help-usage-sushi-add--url = URL, jonka alle /reports-polut tulevat, esim. https://sushi.example.org/counter/r51
cli-help-usage-sushi-add--platform = COUNTER-alustan nimi, lähetetään platform=-parametrina valitsimella --wants-platform
cli-help-usage-sushi-add--wants-requestor-id = Palvelu haluaa pyytäjän tunnuksen (requestor_id=)
cli-help-usage-sushi-add--wants-api-key = Palvelu haluaa API-avaimen (api_key=)
cli-help-usage-sushi-add--wants-platform = Palvelu haluaa alustan nimen (platform=)
cli-help-usage-sushi-list = Palvelut
cli-help-usage-sushi-show = Yksi palvelu ja jäsenten tunnukset siinä (API-avaimet peitettyinä)
cli-help-usage-sushi-show--endpoint = Palvelun tunnus
cli-help-usage-sushi-remove = Poista palvelu (valitsimella --with-credentials myös jäsenten tunnukset siinä)
cli-help-usage-sushi-remove--endpoint = Palvelun tunnus
cli-help-usage-sushi-remove--with-credentials = Poista myös jäsenten tunnukset palvelussa
cli-help-usage-sushi-credentials = Tallenna jäsenen tunnukset palveluun. Käytä mieluiten valitsinta --api-key-stdin: komentorivillä annettu avain jää komentotulkin historiaan. Ilman avainvalitsinta tallennettu avain säilyy
cli-help-usage-sushi-credentials--member = Jäsenen tunnus
cli-help-usage-sushi-credentials--endpoint = Palvelun tunnus
cli-help-usage-sushi-credentials--customer-id = Jäsenen asiakastunnus toimittajalla (customer_id=)
cli-help-usage-sushi-credentials--requestor-id = Pyytäjän tunnus (requestor_id=), jos palvelu sellaisen haluaa
cli-help-usage-sushi-credentials--api-key = API-avain (jää komentotulkin historiaan: käytä mieluiten valitsinta --api-key-stdin)
cli-help-usage-sushi-credentials--api-key-stdin = Lue API-avain vakiosyötteen ensimmäiseltä riviltä
cli-help-usage-sushi-credentials--no-api-key = Poista tallennettu API-avain
cli-help-usage-sushi-credentials--remove = Unohda jäsenen tunnukset palvelussa
cli-help-usage-sushi-import = Tuo usean jäsenen tunnukset CSV-tiedostosta (member,endpoint,customer_id,requestor_id,api_key): kaikki rivit tai ei mitään
cli-help-usage-sushi-import--file = CSV-tiedosto
cli-help-usage-harvest = Haravoi raportti SUSHI-palvelusta jokaiselle jäsenelle, jolla on tunnukset palvelussa (tai yhdelle jäsenelle), ja tuo se kuten `usage import`: eteneminen vakiovirheeseen, sitten kunkin jäsenen tulos
cli-help-usage-harvest--endpoint = Palvelun tunnus
cli-help-usage-harvest--report = Release 5 / 5.1 -raportin tunnus: TR_J1, DR_D1, PR...
cli-help-usage-harvest--from = Ensimmäinen kuukausi, VVVV-KK
cli-help-usage-harvest--to = Viimeinen kuukausi, VVVV-KK
cli-help-usage-harvest--member = Vain tämä jäsen
cli-help-usage-harvest--json = Tulosta tulokset JSON-muodossa
cli-help-usage-export = Kirjoita vuoden käyttötiedot CSV-tiedostoon: käyttö, osuudet ja kustannus per käyttö (docs/CSV.md)
cli-help-usage-export--year = Vahvistettujen osuuksien vuosi
cli-help-usage-export--metric = COUNTER-mittarityyppi, joka lasketaan käytöksi (oletus Unique_Item_Requests)
cli-help-usage-export--out = Kirjoitettava CSV-tiedosto
cli-help-usage-export--force = Korvaa tiedosto, jos se on jo olemassa
# Clap's parse errors (crates/cli/src/parse_error.rs): each follows cli-error's "error: ". The
# argument ('--year <YEAR>'), value and usage placeholders are the command's syntax, as typed.
cli-clap-error-missing =
    { $count ->
        [one] seuraava pakollinen argumentti puuttuu:
       *[other] seuraavat pakolliset argumentit puuttuvat:
    }
cli-clap-error-invalid-value = argumentin '{ $arg }' arvo '{ $value }' ei kelpaa
cli-clap-error-invalid-value-because = argumentin '{ $arg }' arvo '{ $value }' ei kelpaa: { $reason }
cli-clap-error-value-required = argumentille '{ $arg }' ei annettu arvoa
cli-clap-error-not-a-number = se ei ole kokonaisluku
cli-clap-error-out-of-range = arvon on oltava välillä { $min }…{ $max }
cli-clap-error-too-large = luku on liian suuri
cli-clap-error-too-small = luku on liian pieni
cli-clap-error-lang = käytä arvoa en, fi, sv, tr tai zh
cli-clap-error-unknown-argument = odottamaton argumentti '{ $arg }'
cli-clap-error-unknown-subcommand = tuntematon alikomento '{ $name }'
cli-clap-error-missing-subcommand = '{ $command }' tarvitsee alikomennon, mutta sitä ei annettu
cli-clap-error-subcommands = [alikomennot: { $names }]
cli-clap-error-used-twice = argumentin '{ $arg }' voi antaa vain kerran
cli-clap-error-conflict = argumenttia '{ $arg }' ei voi käyttää yhdessä argumentin '{ $other }' kanssa
cli-clap-error-conflict-list = argumenttia '{ $arg }' ei voi käyttää yhdessä näiden kanssa:
cli-clap-error-conflict-any = argumenttia '{ $arg }' ei voi käyttää yhdessä jonkin muun annetun argumentin kanssa
cli-clap-error-unexpected-value = argumentille '{ $arg }' annettiin ylimääräinen arvo '{ $value }'
cli-clap-error-too-few =
    { $min ->
        [one] argumentti '{ $arg }' tarvitsee vähintään { $min } arvon, mutta sai { $actual }
       *[other] argumentti '{ $arg }' tarvitsee vähintään { $min } arvoa, mutta sai { $actual }
    }
cli-clap-error-wrong-number =
    { $expected ->
        [one] argumentti '{ $arg }' tarvitsee { $expected } arvon, mutta sai { $actual }
       *[other] argumentti '{ $arg }' tarvitsee { $expected } arvoa, mutta sai { $actual }
    }
cli-clap-error-no-equals = argumentin '{ $arg }' arvo on annettava yhtäsuuruusmerkin (=) jälkeen
cli-clap-error-similar-subcommand =
    { $count ->
        [one] vihje: tarkoititko alikomentoa { $names }?
       *[other] vihje: tarkoititko jotakin alikomennoista { $names }?
    }
cli-clap-error-similar-argument = vihje: tarkoititko argumenttia '{ $arg }'?
cli-clap-error-similar-value = vihje: tarkoititko arvoa '{ $value }'?
cli-clap-error-tip-as-value = vihje: jos '{ $value }' on arvo, kirjoita '{ $usage }'
cli-clap-error-tip-exists = vihje: '{ $usage }' on olemassa
cli-clap-error-tip-double-dash = vihje: alikomento '{ $name }' on olemassa; käytä sitä poistamalla sen edeltä '--'
cli-clap-error-more = Lisätietoja saat valitsimella '--help'.
