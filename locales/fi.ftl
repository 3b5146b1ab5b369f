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

## Työpöytäsovellus (ui/)

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

## Virheet koodin mukaan ({ $message } on taustapalvelun englanninkielinen tarkenne)

error-input = Tarkista tiedot: { $message }
error-file = Tiedostovirhe: { $message }
error-exists = Tiedosto on jo olemassa: { $message }
error-not_found = Ei löytynyt: { $message }
error-split = Jakoa ei voitu laskea: { $message }
error-invalid = Virheellinen pyyntö: { $message }
error-invoice = Laskutusvirhe: { $message }
error-usage = Käyttötilastovirhe: { $message }
error-pdf = PDF-virhe: { $message }
error-schema_too_new = Tietokanta on tätä ohjelmaa uudempi: { $message }
error-frozen = Vahvistettua tietoa ei voi muuttaa: { $message }
error-referenced = Muut tiedot viittaavat tähän: { $message }
error-store = Tietokantavirhe: { $message }
