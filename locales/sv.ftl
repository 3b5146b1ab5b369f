### Konsortio på svenska (Swedish). Keys and { $variables } as in en.ftl.

## Invoices, credit notes and member statements (konsortio-pdf)

doc-invoice = FAKTURA
doc-credit-note = KREDITFAKTURA
doc-number = Nummer
doc-issue-date = Datum
doc-due-date = Förfallodag
doc-payment-reference = Betalningsreferens
doc-buyer-reference = Er referens
doc-buyer = Köpare
doc-vat-id = Momsreg.nr
doc-email = E-post
doc-credited-invoice = Krediterad faktura
doc-description = Beskrivning
doc-period = Period
doc-vat-rate = Moms %
doc-net = Netto
doc-vat-breakdown = Momsspecifikation
doc-category = Momskod
doc-taxable = Underlag
doc-vat = Moms
doc-net-total = Summa exkl. moms
doc-vat-total = Moms totalt
doc-total-to-pay = Att betala
doc-total-credited = Krediteras totalt
doc-exchange-rate = Växelkurs
doc-vat-national = Moms i nationell valuta
doc-payment-details = Betalningsuppgifter
doc-beneficiary = Mottagare
doc-amount = Belopp
doc-page-of = Sida { $n } av { $m }
# Law: the seller is a Finnish consortium, so Finnish invoicing rules apply (directive 2006/112/EG
# art. 219a); the Swedish text of Finland's mervärdesskattelag (1501/1993) 209 f § and
# Skatteförvaltningen say "omvänd skattskyldighet" (Sweden's own law now says "omvänd
# betalningsskyldighet"; that is not the wording of the seller's state).
doc-reverse-charge = Omvänd skattskyldighet
doc-category-standard = Momspliktig
doc-category-zero-rated = Nollskattesats
doc-category-exempt = Undantagen från moms
doc-category-intra-community = Gemenskapsintern leverans
doc-category-export = Export
doc-category-not-subject = Utanför momsens tillämpningsområde
doc-statement = Kostnadsspecifikation { $year }
doc-member = Medlem
doc-deal = Avtal
doc-whole-share = Hela andelen
doc-funder-paid = Betalas av finansiär
doc-you-pay = Ni betalar
doc-last-year = Föregående år
doc-change = Förändring
doc-cost-per-use = Kostnad per användning
doc-total = Summa
doc-how-computed = Så beräknades andelarna
doc-line-share = { $title }: andel { $year }
doc-line-funder-part = { $title }: finansiärens andel { $year }

## Kommandoraden (konsortio-cli)

cli-error = fel: { $message }
cli-imported = importerade { $count } { $kind }
cli-exported = exporterade { $count } { $kind } till { $file }
cli-database = databas { $file } (schemaversion { $version })
cli-seeded = Fyllde { $file } med demokonsortiet.
cli-demo-not-empty = { $file } innehåller redan ett konsortium; --demo laddar bara in i en tom databas
cli-backed-up = säkerhetskopierade till { $file }
cli-finalised = fastställde { $deal } { $year }: totalt { $total }, finansiär { $funder }
cli-statement-written = skrev specifikationen för { $member } { $year } till { $file } ({ $size } kB)
cli-explained = { $member } i { $deal } { $year }:
cli-rule-syntax = --rule '{ $text }' ska vara NAMN=REGEL, t.ex. "fte=shared: fte"
cli-not-a-kind = '{ $name }' är ingen posttyp; använd någon av { $kinds }
cli-rows =
    { $count ->
        [one] ({ $count } rad)
       *[other] ({ $count } rader)
    }
cli-split-heading = { $deal }: fördelning för { $year } ({ $status })
cli-split-draft = utkast
cli-split-finalised = fastställd { $at } av { $by }
cli-rule = regel: { $rule }
cli-equal-shares = lika andelar
cli-total = totalt
cli-participants = { $count } deltagare
cli-price-line = pris { $price }; { $funder } betalar { $funded }; medlemmarna betalar { $paid } ({ $currency })
cli-funder = finansiär
cli-col-member = medlem
cli-col-name = namn
cli-col-pays = betalar
cli-col-funder-pays = finansiär betalar
cli-col-notional = hela andelen
cli-col-last-year = föregående år
cli-col-change = förändring
cli-col-standalone = eget pris
cli-col-at = tid
cli-col-actor = användare
cli-col-action = åtgärd
cli-col-kind = typ
cli-col-key = nyckel
cli-col-detail = detaljer
cli-col-number = nummer
cli-col-issued = datum
cli-col-due = förfallodag
cli-col-recipient = mottagare
cli-col-currency = valuta
cli-col-lines = rader
cli-col-net = exkl. moms
cli-col-vat = moms
cli-col-gross = inkl. moms
cli-col-paid = betalt
cli-col-credited = krediterat
cli-col-status = status
cli-invoice-credits = krediterar { $number }
cli-invoices-issuing = utfärdat { $done } av { $total }
cli-invoices-exporting = exporterat { $done } av { $total }
cli-invoices-issued =
    { $count ->
        [0] utfärdade 0 fakturor
        [one] utfärdade 1 faktura: { $first }
       *[other] utfärdade { $count } fakturor: { $first } till { $last }
    }
cli-invoices-left-out =
    { $count ->
        [one] utelämnade 1 andel som redan fakturerats
       *[other] utelämnade { $count } andelar som redan fakturerats
    }
cli-invoices-drafts =
    { $count ->
        [one] 1 utkast på sammanlagt { $totals }; inget numrerat eller sparat
       *[other] { $count } utkast på sammanlagt { $totals }; inget numrerat eller sparat
    }
cli-invoices-nothing = ingenting
cli-invoices-credit-issued = utfärdade kreditfaktura { $note } på { $amount } för { $number }
cli-invoices-payment = registrerat; { $number } är { $status }
cli-invoices-register = exporterade { $invoices } fakturor och { $lines } rader till { $dir }
cli-invoices-ubl = exporterade { $count } e-fakturor till { $dir }
cli-invoices-pdf = exporterade { $count } PDF-filer till { $dir }
cli-usage-period = { $begin } – { $end }
cli-usage-or = { $first } eller { $second }
cli-usage-separator = { ", " }
cli-usage-rows-items =
    { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    }, { $items ->
        [one] { $items } post
       *[other] { $items } poster
    }
cli-usage-inspect-heading = { $file }: COUNTER-release { $release }, rapport { $report } ({ $name })
cli-usage-institution = institution: { $institution }
cli-usage-period-line = period: { $period }
cli-usage-created = skapad: { $created }
cli-usage-created-at-by = { $at } av { $by }
cli-usage-created-by = av { $by }
cli-usage-exceptions = undantag: { $exceptions }
cli-usage-not-given = (anges inte)
cli-usage-none = inga
cli-usage-imported = importerade { $file } för { $member }: COUNTER-release { $release }, rapport { $report } ({ $format }), { $period }, plattform { $platform }
cli-usage-replaced = ersatte den tidigare importen av { $file }
cli-usage-outside-note = siffror utanför medlemskapet sparas men räknas inte in i kostnad per användning, användningsbaserade fördelningsgrunder eller exporter
cli-usage-matched = matchade: { $list }
cli-usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } rad)
       *[other] { $resource } ({ $rows } rader)
    }
cli-usage-matched-nothing = ingenting
cli-usage-unmatched-heading = omatchade (koppla dem med: konsortio usage map NAMN RESURS):
cli-usage-on-platform-database = databasen ”{ $database }” på plattformen ”{ $platform }”
cli-usage-on-platform = plattformen ”{ $platform }”
cli-usage-on-database = databasen ”{ $database }”
cli-usage-no-platform = (ingen plattform angiven)
cli-usage-unmatched-items =
    { $items ->
        [one] { $name }: { $items } post
       *[other] { $name }: { $items } poster
    }
cli-usage-unmatched-ambiguous =
    { $items ->
        [one] { $name }: { $items } post, tvetydigt: { $candidates }
       *[other] { $name }: { $items } poster, tvetydigt: { $candidates }
    }
cli-usage-removed = tog bort rapporten { $report } för { $member } på plattformen { $platform } ({ $period }, { $file })
cli-usage-mapped = ”{ $name }” avser nu { $resource }
cli-usage-unmapped = ”{ $name }” är inte längre kopplat
cli-usage-csv-all-members = --format csv skriver alla medlemmar; utelämna --member
cli-usage-basis-heading = { $metric }: { $resource }, { $period }
cli-usage-basis-heading-none = { $resource }, { $period }
cli-usage-report-written = skrev användningsrapporten { $year } för { $member } till { $file } ({ $size } kB)
cli-usage-report-written-consortium = skrev användningsrapporten { $year } för konsortiet till { $file } ({ $size } kB)
cli-usage-cost-heading = kostnad per användning { $year }, räknas som användning: { $metric }
cli-usage-consortium-wide = hela konsortiet (priset delat med alla deltagares användning):
cli-usage-exported =
    { $count ->
        [one] exporterade { $count } användningsrad för { $year } till { $file }
       *[other] exporterade { $count } användningsrader för { $year } till { $file }
    }
cli-col-id = nr
cli-col-report = rapport
cli-col-release = release
cli-col-period = period
cli-col-platform = plattform
cli-col-rows = rader
cli-col-file = fil
cli-col-resource = resurs
cli-col-year = år
cli-col-uses = användningar
cli-col-metric = mått
cli-col-total = totalt
cli-col-outside-membership = utanför medlemskapet
cli-col-database = databas
cli-col-items = poster
cli-col-members = medlemmar
cli-col-ambiguous-between = tvetydigt mellan
cli-col-deal = avtal
cli-col-share = andel
cli-col-cost-per-use = kostnad per användning
cli-col-price = pris
cli-col-endpoint = tjänst
cli-col-vendor = leverantör
cli-col-base-url = bas-URL
cli-col-sends = skickar
cli-col-customer-id = kund-ID
cli-col-requestor-id = beställar-ID
cli-col-api-key = API-nyckel
cli-col-result = resultat
cli-sushi-endpoint-saved = SUSHI-tjänsten { $code } på { $url }
cli-sushi-removed =
    { $count ->
        [one] tog bort SUSHI-tjänsten { $code } och uppgifterna för { $count } medlem
       *[other] tog bort SUSHI-tjänsten { $code } och uppgifterna för { $count } medlemmar
    }
cli-sushi-credentials-removed = tog bort uppgifterna för { $member } hos { $endpoint }
cli-sushi-credentials = uppgifter för { $member } hos { $endpoint }: { $details }
cli-sushi-customer-id = kund-ID { $id }
cli-sushi-requestor-id = beställar-ID { $id }
cli-sushi-api-key = API-nyckel { $key }
cli-sushi-key-set = (angiven)
cli-sushi-imported =
    { $count ->
        [one] importerade SUSHI-uppgifterna för { $count } medlem
       *[other] importerade SUSHI-uppgifterna för { $count } medlemmar
    }
cli-sushi-endpoint-heading = { $code }: { $vendor } på { $url }
cli-sushi-platform = plattform: { $platform }
cli-sushi-sends = skickar: { $fields }
cli-sushi-none = (ingen)
cli-sushi-asking =
    { $attempt ->
        [1] begär rapporten för { $member }
       *[other] begär rapporten för { $member } igen (försök { $attempt })
    }
cli-sushi-waiting-member = väntar { $seconds } s för { $member }: { $reason }
cli-sushi-waiting = väntar { $seconds } s: { $reason }
cli-sushi-finished = { $done } av { $total }: { $member } { $status }
cli-sushi-status-imported = importerad
cli-sushi-status-no-usage = ingen användning
cli-sushi-status-queued = i kö
cli-sushi-status-not-authorised = inte behörig
cli-sushi-status-failed = misslyckades
cli-sushi-status-stopped = stoppad
cli-sushi-replaced = ersatte { $file }
cli-sushi-detail-separator = { "; " }
cli-sushi-warning = varning: { $warning }
cli-invoice-title = Faktura
cli-credit-note-title = Kreditfaktura
cli-show-dates = datum { $issued }  förfallodag { $due }
cli-show-to = Till: { $buyer }
cli-show-vat-line = Moms { $category } { $rate } % på { $taxable }: { $tax }
cli-show-totals = Exkl. moms { $net }  Moms { $vat }  Totalt { $gross }
cli-show-vat-national = Moms i { $currency }: { $amount }

## Skrivbordsappen (ui/)

menu-file = Arkiv
menu-new = Ny…
menu-open = Öppna…
menu-open-recent = Öppna senaste
menu-back-up = Spara en kopia / säkerhetskopiera…
menu-import-file = Importera CSV-fil…
menu-import-folder = Importera mapp med CSV-filer…
menu-quit = Avsluta
menu-recent-none = Inga senaste databaser
app-nav-members = Medlemmar
app-nav-member-metrics = Medlemmarnas nyckeltal
app-nav-vendors = Leverantörer
app-nav-resources = Resurser
app-nav-licences = Licenser
app-nav-licence-terms = Licensvillkor
app-nav-deals = Avtal och anbud
app-nav-workbench = Fördelningsverktyg
app-nav-renewals = Förnyelser
app-nav-member-view = Medlemsvy
app-nav-invoices = Fakturor
app-nav-usage = Användning
app-nav-import = Import
app-views = Vyer
app-language = Språk
app-database = Databas: { $file }
app-file-menu-hint = Arkiv-menyn: ny, öppna, senaste, säkerhetskopia
app-opened = Öppnade { $path }.
app-created = Skapade { $path }: den är tom.
app-saved-copy = Sparade en kopia i { $path }.
app-loaded-demo = Demokonsortiet är inläst.
app-empty-title = Databasen är tom.
app-empty-text = Importera en mapp med CSV-filer (docs/CSV.md), eller läs in demokonsortiet för att prova.
app-import-folder = Importera en mapp…
app-load-demo = Läs in demokonsortiet
app-export-invoices-title = Exportera fakturor till mapp
app-fatal = Konsortio stötte på ett oväntat fel: { $message }
dialog-database-files = Konsortio-databas
dialog-open-database = Öppna en databas
dialog-new-database = Ny databas
dialog-copy-database = Spara en kopia av databasen
dialog-csv-files = CSV-fil
dialog-pdf-files = PDF-dokument
dialog-counter-files = COUNTER-rapport
dialog-any-file = Alla filer
dialog-import-counter = Importera en COUNTER-rapport
dialog-save-file = Spara { $file }

## Tabeller

table-search = Sök
table-search-label = Sök i { $label }
table-count = { $shown } av { $total }
table-empty = Här finns inget ännu.
table-no-match = Ingen rad matchar sökningen.

## Poster

records-new = Ny
records-undo = Ångra
records-undo-title = Ångra (Ctrl+Z)
records-save = Spara
records-delete = Ta bort
records-edit = { $title }: redigera
records-saved = Sparade { $key }.
records-deleted = Tog bort { $key }.
records-undone = Ångrat.
records-confirm-delete = Ta bort { $key } ({ $name })?
records-choose = Välj en rad för att redigera den, eller Ny för att skapa en.

## Förnyelser

renewals-title = Förnyelsekalender
renewals-running =
    { $count ->
        [one] { $count } löpande licens eller avtal;
       *[other] { $count } löpande licenser och avtal;
    }
renewals-overdue = { $count } har passerat uppsägningsdagen
renewals-show-ended = Visa avslutade
renewals-col-notice = Säg upp senast
renewals-col-ends = Slutar
renewals-col-kind = Typ
renewals-col-code = Kod
renewals-col-title = Titel
renewals-col-status = Status
renewals-kind-licence = licens
renewals-kind-deal = avtal
renewals-status-ended = Avslutad
renewals-status-overdue = Uppsägning försenad
renewals-status-upcoming = Kommande

## Ord som flera vyer delar

common-cancel = Avbryt
common-confirm = Bekräfta
common-undid = Ångrade: { $what }.
common-overwrite = Skriv över
common-overwrite-question = { $path } finns redan. Vill du skriva över den?
common-saved-file = Sparade { $path }.
common-period = { $start } – { $end }

## Postfälten i tabeller och formulär (CSV-filerna behåller fältnamnen)

field-code = Kod
field-name = Namn
field-kind = Typ
field-country = Land
field-city = Ort
field-address = Adress
field-postcode = Postnummer
field-vat_id = Momsregistreringsnummer
field-language = Språk
field-currency = Valuta
field-join_date = Anslöt
field-leave_date = Lämnade
field-email = E-post
field-member = Medlem
field-year = År
field-metric = Nyckeltal
field-value = Värde
field-vendor = Leverantör
field-platform = Plattform
field-counter_platform = COUNTER-plattform
field-counter_database = COUNTER-databas
field-resource = Resurs
field-title = Titel
field-start_date = Startdatum
field-end_date = Slutdatum
field-renewal = Förnyelse
field-notice_days = Uppsägningstid (dagar)
field-governing_law = Tillämplig lag
field-jurisdiction = Behörig domstol
field-licence = Licens
field-term = Villkor
field-note = Anmärkning
field-date = Datum
field-summary = Sammanfattning
field-participation = Deltagande
field-funder = Finansiär
field-rule = Fördelningsregel
field-deal = Avtal
field-version = Version
field-list_price = Listpris
field-pricing = Prissättning
field-annual_cap_pct = Årligt tak %
field-index_pct = Prisindex %
field-rate = Kurs
field-rate_date = Kursdatum
field-rate_source = Kurskälla
field-joined = Ansluter
field-left = Lämnar
field-iban = IBAN
field-bic = BIC
field-payment_days = Betalningsvillkor (dagar)
field-logo = Logotyp
value-kind-university = Universitet
value-kind-public = Folkbibliotek
value-kind-special = Specialbibliotek
value-kind-school = Skolbibliotek
value-kind-research = Forskningsinstitut
value-kind-other = Annat
value-kind-database = Databas
value-kind-ejournals = E-tidskrifter
value-kind-ebooks = E-böcker
value-renewal-automatic = Automatisk
value-renewal-explicit = Uttrycklig
value-language-en = engelska
value-language-fi = finska
value-language-sv = svenska
value-language-tr = turkiska
value-language-zh = kinesiska

## Fördelningsverktyget

workbench-title = Avtal och kostnadsfördelning
workbench-deal = Avtal
workbench-year = År
workbench-rule = Fördelningsregel (se docs/RULES.md)
workbench-reset-rule = Återställ regeln
workbench-save-rule = Spara regeln i avtalet
workbench-save-rule-title = Gör detta till avtalets fördelningsregel
workbench-finalise = Fastställ
workbench-confirm-finalise = Fastställa fördelningen av { $deal } för { $year }? En fastställd fördelning låses och kan inte ändras.
workbench-rule-saved = Sparade regeln för { $deal }: { $rule }.
workbench-rule-undone = Ångrat: regeln för { $deal } är åter { $rule }.
workbench-price = Pris att fördela
workbench-funder-pays = Finansiären betalar
workbench-sum = Medlemmar + finansiär
workbench-list-price = Listpris
workbench-participants = Deltagare
workbench-status = Status
workbench-finalised = Fastställd { $at }
workbench-draft = Utkast
workbench-draft-unsaved = Utkast (regeln inte sparad)
workbench-shares = Andelar
workbench-col-member = Medlem
workbench-col-name = Namn
workbench-col-pays = Betalar
workbench-col-funder-pays = Finansiären betalar
workbench-col-notional = Beräknad andel
workbench-col-last-year = I fjol
workbench-col-change = Förändring
workbench-explanation = Förklaring
workbench-why = Varför { $member } betalar det den betalar
workbench-click-member = Klicka på en medlem för att se hur dess andel beräknas.

## Jämförelse av regler (under verktyget)

compare-title = Jämför regler
compare-rule-a = A: regeln ovan
compare-rule = Regel { $rule }
compare-rule-placeholder = t.ex. central: 50%; shared: fte
compare-remove-rule = Ta bort regel { $rule }
compare-add-rule = Lägg till en regel
compare-run = Jämför
compare-comparing = Jämför…
compare-one-more = Skriv minst en regel till att jämföra med.
compare-col-member = Medlem
compare-col-name = Namn
compare-col-last-year = I fjol
compare-col-standalone = Fristående
compare-col-pays = { $rule } betalar
compare-col-vs-last = { $rule } mot i fjol
compare-col-vs-standalone = { $rule } mot fristående
compare-members-pay = medlemmarna betalar
compare-funder = finansiär { $amount }
compare-rising =
    { $count ->
        [one] { $count } betalar mer än i fjol
       *[other] { $count } betalar mer än i fjol
    }
compare-list-price = Fristående pris (listpris)
compare-show = Visa
compare-show-pays = Vad varje medlem betalar
compare-show-last = … och förändringen mot i fjol
compare-show-list = … och förändringen mot det fristående priset
compare-table = Jämförelse
compare-chart-pays = Diagram: vad varje medlem betalar
compare-chart-last = Diagram: hur mycket mer eller mindre varje medlem betalar än i fjol
compare-chart-list = Diagram: hur mycket mer eller mindre varje medlem betalar än det fristående priset
compare-chart-aria-pays = Vad varje medlem betalar enligt reglerna { $rules }
compare-chart-aria-last = Hur mycket mer eller mindre varje medlem betalar än i fjol enligt reglerna { $rules }
compare-chart-aria-list = Hur mycket mer eller mindre varje medlem betalar än det fristående priset enligt reglerna { $rules }
compare-none-last = Ingen medlem har en andel från i fjol att jämföra med.
compare-none-list = Inget fristående pris är känt att jämföra med.
compare-bar-title = { $member } enligt { $rule }: { $amount }
compare-chart-first = Diagrammet visar de första { $shown } av { $count } medlemmar i tabellens ordning: sortera eller sök i tabellen för att välja dem.

## Licensvillkor (villkor enligt ERMI och tillståndens värden)

terms-title = Licensvillkor
terms-tab-one = Villkor för en licens
terms-tab-compare = Jämför licenser
terms-licence = Licens
terms-recorded = { $recorded } av { $count } villkor registrerade. Klicka på ett villkor för att ändra det.
terms-no-licences = Inga licenser ännu: lägg till en under Licenser, eller importera licences.csv och licence_terms.csv.
terms-of = Villkor för { $licence }
terms-term = Villkor
terms-value = Värde
terms-note = Anmärkning
terms-note-label = Anmärkning (klausul, tolkning)
terms-edit = Redigera { $term }
terms-save = Spara villkoret
terms-remove = Ta bort
terms-values = Värden
terms-values-hint = Uttryckligt: licensen säger det. Tolkat: utläst ur en formulering som inte säger det rakt ut. Tyst: licensen tar inte upp frågan.
terms-not-recorded = Inte registrerat
terms-saved = Sparade { $term } för { $licence }.
terms-confirm-remove = Ta bort { $term } från { $licence }? Villkoret visas då som inte registrerat.
terms-removed = Tog bort { $term } från { $licence }.
terms-undo-save = { $term } för { $licence }
terms-undo-remove = borttagning av { $term }
terms-to-compare = Licenser att jämföra
terms-only-differences = Bara villkor som skiljer sig
terms-choose-two = Välj två eller fler licenser.
terms-differ = { $differing } av { $count } villkor skiljer sig.
terms-compared = Jämförelse av licensvillkor
terms-differs = skiljer sig
terms-agree = De valda licenserna är överens om alla villkor.
term-walk_in_users = Besökare på plats
term-remote_access = Fjärråtkomst
term-alumni_access = Åtkomst för alumner
term-ill_print = Fjärrlån: tryckt
term-ill_electronic = Fjärrlån: elektroniskt
term-ill_secure_electronic = Fjärrlån: säker elektronisk överföring
term-course_packs = Kurskompendier
term-e_reserves = E-reserver
term-scholarly_sharing = Delning mellan forskare
term-text_data_mining = Text- och datautvinning
term-perpetual_access = Permanent åtkomst
term-post_cancellation_access = Åtkomst efter uppsägning
term-archiving_rights = Arkiveringsrätt
term-confidentiality = Sekretessklausul
term-annual_opt_out = Årlig utträdesrätt
term-accessibility_compliance = Tillgänglighet
term-open_access_publishing = Open access-publicering
term-authorised_users = Behöriga användare
term-concurrent_users = Samtidiga användare
term-usage_statistics = Användningsstatistik
term-authentication = Autentisering
permission-permitted_explicit = Tillåtet (uttryckligen)
permission-permitted_interpreted = Tillåtet (tolkat)
permission-prohibited_explicit = Förbjudet (uttryckligen)
permission-prohibited_interpreted = Förbjudet (tolkat)
permission-silent = Tyst
permission-not_applicable = Ej tillämpligt

## Avtal: avtalet, dess anbudsversioner och deltagare

deals-title = Avtal
deals-new = Nytt avtal
deals-empty = Inga avtal ännu: Nytt avtal skapar ett, eller importera deals.csv.
deals-open-workbench = Öppna i fördelningsverktyget
deals-parts = Avtalets delar
deals-tab-deal = Avtal
deals-tab-offers = Anbudsversioner ({ $count })
deals-tab-participants = Deltagare ({ $count })
deals-tab-participants-all = Deltagare (alla)
deals-open = Öppet: medlemmarna anmäler sig
deals-closed = Slutet: alla nuvarande medlemmar deltar
deals-starts = Börjar
deals-ends = Slutar
deals-funder = Central finansiär (valfri)
deals-funder-placeholder = Vem som betalar den centrala delen, om någon
deals-rule = Fördelningsregel (docs/RULES.md)
deals-rule-hint = Till exempel { $example }. Prova regler direkt i fördelningsverktyget.
deals-create = Skapa avtal
deals-save = Spara avtal
deals-delete = Ta bort avtal
deals-choose = Välj ett avtal, eller Nytt avtal för att lägga in ett.
deals-saved = Sparade avtalet { $code }.
deals-deleted = Tog bort avtalet { $code }.
deals-confirm-delete = Ta bort avtalet { $code } ({ $title })?
deals-undo-save = ändring av avtalet { $code }
deals-undo-delete = borttagning av { $code }
offers-versions = Anbudsversioner
offers-empty = Inget anbud ännu: Ny version lägger in leverantörens första anbud.
offers-new = Ny version
offers-new-from = Ny version (utifrån v{ $version })
offers-highest = Fördelningen använder den högsta versionen.
offers-highest-is = Fördelningen använder den högsta versionen: v{ $version } från { $date }.
offers-version = Anbudsversion { $version }
offers-list-price = Listpris (fristående)
offers-price = Pris
offers-kind-total = Ett totalpris
offers-kind-tiers = Totalpris efter antal deltagare
offers-kind-per-site = Pris per enhet efter antal deltagare
offers-total = Totalt ({ $currency })
offers-from = Från antal deltagare
offers-total-price = Totalpris ({ $currency })
offers-price-per-site = Pris per enhet ({ $currency })
offers-tier-from = Nivå { $n }: från antal deltagare
offers-tier-amount = Nivå { $n }: belopp
offers-remove-tier = Ta bort nivå { $n }
offers-add-tier = Lägg till nivå
offers-tier-range = { $from }–{ $to } deltagare
offers-tier-exact =
    { $count ->
        [one] { $count } deltagare
       *[other] { $count } deltagare
    }
offers-tier-or-more = { $from } eller fler deltagare
offers-tier-in-all = { $range }: { $amount } { $currency } totalt
offers-tier-per-site = { $range }: { $amount } { $currency } per enhet
offers-multi-year = Flerårigt
offers-cap = Årligt tak (%)
offers-index = Prisindex per år (%): varje års höjning, högst taket
offers-index-year = Index { $n }: år
offers-index-pct = Index { $n }: procent
offers-remove-index = Ta bort index { $n }
offers-year = År
offers-add-year = Lägg till år
offers-exchange-rate = Växelkurs ({ $from } till { $to })
offers-rate = { $to } per 1 { $from }
offers-rate-source-placeholder = t.ex. ECB:s referenskurs
offers-note-placeholder = Vad som ändrades i den här versionen
offers-save-version = Spara version { $version }
offers-save-changes = Spara ändringarna
offers-delete = Ta bort versionen
offers-saved = Sparade anbudsversion { $version } av { $deal }.
offers-deleted = Tog bort anbudsversion { $version }.
offers-confirm-delete = Ta bort anbudsversion { $version } av { $deal }?
offers-undo-save = anbudsversion { $version }
offers-undo-delete = borttagning av anbudsversion { $version }
participants-closed = { $deal } är ett slutet avtal: alla nuvarande medlemmar deltar så länge de är medlemmar. Gör avtalet öppet på fliken Avtal för att välja deltagarna.
participants-search = Sök medlemmar
participants-show = Visa
participants-all = Alla medlemmar
participants-in = Deltar
participants-out = Deltar inte
participants-check-all = Markera alla { $count } som visas
participants-uncheck-all = Avmarkera alla som visas
participants-taking-part = { $taking } av { $count } medlemmar deltar. Lämna datumen tomma för hela perioden; en medlem som ansluter eller lämnar under perioden betalar pro rata.
participants-of = Deltagare i { $deal }
participants-joined = Ansluter (ÅÅÅÅ-MM-DD)
participants-takes-part = { $member } { $name } deltar
participants-joined-of = { $member } ansluter
participants-left-of = { $member } lämnar
participants-from-start = från början
participants-to-end = till slutet
participants-no-match = Ingen medlem matchar.
participants-saving = Sparar…
participants-save = Spara deltagarna
participants-save-changes =
    { $count ->
        [one] Spara deltagarna ({ $count } ändring)
       *[other] Spara deltagarna ({ $count } ändringar)
    }
participants-discard = Förkasta ändringarna
participants-added = { $count } tillagda
participants-removed = { $count } borttagna
participants-redated = { $count } med nya datum
participants-saved = Sparade deltagarna i { $deal }: { $changes }.
participants-undo = deltagarändringar i { $deal }
participants-not-a-date = { $member }: { $field } '{ $value }' är inget datum (ÅÅÅÅ-MM-DD)
participants-left-before-joined = { $member }: lämnar { $left }, före anslutningen { $joined }
participants-joins-after-end = { $member }: ansluter { $joined }, efter att avtalet slutar ({ $end })
participants-leaves-before-start = { $member }: lämnar { $left }, innan avtalet börjar ({ $start })

## Import av CSV-filer

import-title = Import
import-hint = CSV-filer med de kolumner som docs/CSV.md beskriver (UTF-8, en rubrikrad). En import sparar alla sina poster eller ingen av dem; en mapp är en enda transaktion. Poster med samma nyckel ersätts.
import-file-aria = Importera en CSV-fil
import-file-title = En CSV-fil
import-choose-file = Välj fil…
import-no-file = Ingen fil vald
import-kind = Poster i filen
import-run = Importera
import-folder-aria = Importera en mapp
import-folder-title = Importera en mapp med CSV-filer
import-folder-heading = En mapp med CSV-filer
import-folder-hint = Filer namngivna efter innehållet: consortium.csv, members.csv, deals.csv, offers.csv, … Filer som saknas hoppas över.
import-choose-folder = Välj mapp och importera…
import-importing = Importerar { $what }… { $seconds } s
import-progress = Importerar
import-busy-hint = Fönstret kan användas under tiden; andra vyer väntar tills importen är klar innan de läser.
import-imported =
    { $count ->
        [one] Importerade { $count } post:
       *[other] Importerade { $count } poster:
    }
import-imported-kind = { $kind }: { $count }
import-nothing = Inget importerades.
import-where-file = Fil
import-where-line = Rad
import-where-field = Fält
import-kind-consortium = Konsortiet
import-kind-funders = Finansiärer
import-kind-vat_rates = Momssatser
import-kind-exchange_rates = Växelkurser
import-kind-vendors = Leverantörer
import-kind-resources = Resurser
import-kind-members = Medlemmar
import-kind-member_metrics = Medlemmarnas nyckeltal
import-kind-licences = Licenser
import-kind-licence_terms = Licensvillkor
import-kind-licence_amendments = Licensändringar
import-kind-deals = Avtal
import-kind-offers = Anbud
import-kind-participations = Deltaganden

## Fakturor och kreditfakturor

invoices-title = Fakturor
invoices-export-format = Exportformat
invoices-format-csv = Bokförings-CSV (fakturor + rader)
invoices-format-ubl = E-fakturor (UBL 2.1 XML)
invoices-format-pdf = PDF-dokument
invoices-export = Exportera…
invoices-exporting = Exporterar
invoices-overwrite = { $file } finns redan (det kan finnas fler). Skriva över filerna i den här exporten i { $dir }?
invoices-exported-csv = Exporterade invoices.csv och invoice_lines.csv till { $dir }.
invoices-exported-ubl =
    { $count ->
        [one] Exporterade { $count } e-faktura till { $dir }.
       *[other] Exporterade { $count } e-fakturor till { $dir }.
    }
invoices-exported-pdf =
    { $count ->
        [one] Exporterade { $count } PDF till { $dir }.
       *[other] Exporterade { $count } PDF:er till { $dir }.
    }
invoices-year = År
invoices-deal = Avtal
invoices-all-deals = Alla fastställda fördelningar
invoices-whom = Vem som faktureras
invoices-mode-per_member = Varje medlem, en faktura per avtal
invoices-mode-consolidated = Varje medlem, en faktura för alla dess avtal
invoices-mode-funder = Varje avtals finansiär, för dess del
invoices-issue-date = Fakturadatum
invoices-explain = Bifoga hur varje andel beräknades
invoices-issue = Utfärda fakturor
invoices-preview = Förhandsgranska
invoices-preview-title = Utkast att granska
invoices-preview-count =
    { $count ->
        [one] { $count } faktura skulle utfärdas.
       *[other] { $count } fakturor skulle utfärdas.
    }
invoices-preview-hint = Inget numreras eller sparas förrän du utfärdar dem.
invoices-preview-left-out =
    { $count ->
        [one] { $count } redan fakturerad andel utelämnas.
       *[other] { $count } redan fakturerade andelar utelämnas.
    }
invoices-preview-total =
    { $count ->
        [one] Totalt i { $currency } ({ $count } faktura)
       *[other] Totalt i { $currency } ({ $count } fakturor)
    }
invoices-status-draft = utkast
invoices-preview-sum = { $total }: { $amount }
invoices-confirm-issue-deal = Utfärda fakturorna för fördelningen { $year } av { $deal } ({ $whom }), daterade { $date }? Utfärdade fakturor får slutgiltiga nummer; de kan bara krediteras.
invoices-confirm-issue-all = Utfärda fakturorna för varje fastställd fördelning { $year } ({ $whom }), daterade { $date }? Utfärdade fakturor får slutgiltiga nummer; de kan bara krediteras.
invoices-drafting = Fakturorna förbereds
invoices-issuing = Utfärdar fakturor
invoices-progress = { $what }: { $done } av { $total }
invoices-issued =
    { $count ->
        [one] Utfärdade { $count } faktura{ $range }{ $left }.
       *[other] Utfärdade { $count } fakturor{ $range }{ $left }.
    }
invoices-issued-range = : { $first } till { $last }
invoices-issued-single = : { $number }
invoices-left-out =
    { $count ->
        [one] ; { $count } redan fakturerad andel utelämnades
       *[other] ; { $count } redan fakturerade andelar utelämnades
    }
invoices-register = Fakturaregister
invoices-empty = Inga fakturor ännu. Fastställ en fördelning och utfärda sedan dess fakturor ovan.
invoices-col-number = Nummer
invoices-col-issued = Utfärdad
invoices-col-due = Förfaller
invoices-col-recipient = Mottagare
invoices-col-currency = Valuta
invoices-col-gross = Brutto
invoices-col-paid = Betalt
invoices-col-credited = Krediterat
invoices-col-status = Status
invoices-status-issued = obetald
invoices-status-partly-paid = delvis betald
invoices-status-paid = betald
invoices-status-credited = krediterad
invoices-status-credit-note = kreditfaktura
invoices-credits = krediterar { $number }
invoices-invoice = Faktura { $number }
invoices-credit-note = Kreditfaktura { $number }
invoices-meta = Utfärdad { $issued } · förfaller { $due } · betalningsreferens { $reference }
invoices-meta-credit = Utfärdad { $issued } · krediterar faktura { $number } från { $date }
invoices-lines = Rader
invoices-description = Beskrivning
invoices-period = Period
invoices-vat = Moms
invoices-net = Netto
invoices-share = Andel { $amount }
invoices-how = Hur andelen beräknades
invoices-vat-breakdown = Momsspecifikation
invoices-rate = Sats
invoices-taxable = Beskattningsunderlag
invoices-total = Totalt
invoices-vat-S = Normalsats
invoices-vat-Z = Nollsats
invoices-vat-E = Undantaget
invoices-vat-AE = Omvänd skattskyldighet
invoices-vat-K = Gemenskapsintern leverans
invoices-vat-G = Export utanför EU
invoices-vat-O = Utanför mervärdesskattens tillämpningsområde
invoices-converted = Omräknat till kursen 1 { $from } = { $rate } { $to } ({ $source }, { $date })
invoices-vat-national = ; moms i { $currency }: { $amount }
invoices-bill-to = Faktureras
invoices-vat-id = Momsreg.nr { $id }
invoices-payments = Betalningar
invoices-no-payments = Inga registrerade.
invoices-still-due = Kvar att betala
invoices-credit = Kreditera…
invoices-record-payment-open = Registrera betalning…
invoices-credit-form = Kreditering
invoices-credit-which = Vilka rader krediteras?
invoices-credit-all = Alla rader som inte redan krediterats
invoices-credit-chosen = Valda rader
invoices-credit-choose-line = Välj minst en rad att kreditera.
invoices-credit-date = Kreditfakturans datum
invoices-credit-issue = Utfärda kreditfaktura
invoices-confirm-credit-all = Utfärda en kreditfaktura för alla rader som inte redan krediterats på { $number } ({ $buyer })? En kreditfaktura får ett slutgiltigt nummer.
invoices-confirm-credit =
    { $count ->
        [one] Utfärda en kreditfaktura för { $count } rad på { $number } ({ $buyer })? En kreditfaktura får ett slutgiltigt nummer.
       *[other] Utfärda en kreditfaktura för { $count } rader på { $number } ({ $buyer })? En kreditfaktura får ett slutgiltigt nummer.
    }
invoices-credited = Utfärdade kreditfaktura { $number } på { $amount }.
invoices-record-payment = Registrera betalning
invoices-payment-date = Betalningsdatum
invoices-amount = Belopp ({ $currency })
invoices-reference = Referens (valfri)
invoices-paid = Registrerade en betalning på { $amount }; { $number } är { $status }.
invoices-choose = Välj en faktura för att se dess rader, moms och betalningar.

## En medlems vy

member-view-member = Medlem
member-view-statement-year = Specifikationsår
member-view-statement = Kostnadsspecifikation PDF…
member-view-pays = { $year } betalar
member-view-table = Medlemmens andelar
member-view-col-year = År
member-view-col-deal = Avtal
member-view-col-title = Titel
member-view-col-pays = Betalar
member-view-col-funder-pays = Finansiären betalar
member-view-col-change = Förändring
member-view-col-status = Status
member-view-col-uses = Användningar
member-view-col-cost-per-use = Kostnad per användning
member-view-finalised = Fastställd
member-view-draft = Utkast
member-view-usage-note = Användningar är Unique_Item_Requests från medlemmens importerade COUNTER-rapporter, under fördelningens månader.

## Användning: COUNTER-rapporter, leverantörernas namn, kostnad per användning

usage-title = Användning
usage-intro = COUNTER-rapporter per medlem, leverantörsnamnen i dem och kostnad per användning för fastställda andelar.
usage-tab-reports = Rapporter
usage-tab-names = Namn och kopplingar
usage-tab-cost = Kostnad per användning
usage-import-title = Importera en COUNTER-fil
usage-import-hint = Release 5.1, 5 eller 4; TSV, CSV, Excel eller SUSHI JSON. Filen kontrolleras först och importeras helt eller inte alls; samma rapport igen ersätter den tidigare importen.
usage-member = Medlem
usage-choose-file = Välj COUNTER-fil…
usage-no-file = Ingen fil vald
usage-reading = Läser { $file }
usage-importing = Importerar { $file } för { $member }
usage-elapsed = { $what }… { $seconds } s
usage-busy-hint = Fönstret kan användas medan filen läses.
usage-file-is = Vad filen innehåller
usage-release = Release
usage-report = Rapport
usage-institution = Institution
usage-period = Period
usage-created = Skapad
usage-exceptions = Undantag
usage-none = inga
usage-not-given = (anges inte)
usage-rows-items = { $rows } rader, { $items } poster
usage-metric = Mått
usage-total = Totalt
usage-import-for = Importera för { $member }
usage-imported = Importerade { $file } för { $member }.
usage-replaced = Ersatte den tidigare importen av { $files }.
usage-matched = Matchade: { $list }.
usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } rad)
       *[other] { $resource } ({ $rows } rader)
    }
usage-matched-nothing = Matchade ingen resurs.
usage-unmatched-after-import =
    { $count ->
        [one] { $count } namn matchade ingen resurs: koppla det under ”Namn och kopplingar”.
       *[other] { $count } namn matchade ingen resurs: koppla dem under ”Namn och kopplingar”.
    }
usage-outside = Vissa siffror faller utanför medlemskapet: de sparas men räknas inte in i kostnad per användning.
usage-nothing-imported = Inget importerades.
usage-imports-title = Importerade rapporter
usage-imports-col-member = Medlem
usage-imports-col-release = Release
usage-imports-col-report = Rapport
usage-imports-col-period = Period
usage-imports-col-platform = Plattform
usage-imports-col-rows = Rader
usage-imports-col-totals = Summor
usage-imports-col-file = Fil
usage-imports-empty = Ingen COUNTER-rapport importerad ännu: välj en medlem och en fil ovan.
usage-delete-report = Ta bort rapport…
usage-confirm-delete = Ta bort { $report }-rapporten för { $member } för { $period } ({ $file })? Kostnad per användning och användningsbaserade fördelningsgrunder räknar den inte längre. Det kan inte ångras här: importera filen igen för att återställa den.
usage-deleted = Tog bort { $report }-rapporten för { $member }.
usage-unmatched-title = Namn som inte matchade någon resurs
usage-unmatched-hint = En leverantörs plattforms- eller databasnamn som ingen resurs COUNTER-namn matchar. Koppla det en gång; kopplingen sparas och gäller rapporter som importerats före och efter.
usage-unmatched-empty = Alla namn i de importerade rapporterna matchar en resurs.
usage-unmatched-col-platform = Plattform
usage-unmatched-col-database = Databas
usage-unmatched-col-items = Titlar
usage-unmatched-col-members = Medlemmar
usage-unmatched-col-ambiguous = Tvetydigt mellan
usage-unmatched-col-resource = Avser resurs
usage-resource-for = Resurs för { $name }
usage-choose-resource = Välj en resurs…
usage-map = Koppla
usage-map-label = Koppla { $name }
usage-mapped = ”{ $name }” avser nu { $resource }.
usage-pick-resource-first = Välj resursen som namnet avser.
usage-undo-map = kopplingen av ”{ $name }”
usage-undo-unmap = borttagningen av kopplingen för ”{ $name }”
usage-mappings-title = Kopplingar
usage-mappings-empty = Inga kopplingar ännu: namn matchas mot resursernas COUNTER-plattforms- och databasnamn.
usage-mappings-col-name = Leverantörens namn
usage-mappings-col-resource = Resurs
usage-unmap = Ta bort koppling
usage-unmap-label = Ta bort kopplingen för { $name }
usage-unmapped = ”{ $name }” är inte längre kopplat.
usage-year = År
usage-metric-label = Räknas som användning
usage-only-used = Bara andelar med importerad användning
usage-cost-col-member = Medlem
usage-cost-col-name = Namn
usage-cost-col-resource = Resurs
usage-cost-col-deal = Avtal
usage-cost-col-share = Andel
usage-cost-col-uses = Användningar
usage-cost-col-cost-per-use = Kostnad per användning
usage-cost-col-consortium = Hela konsortiet
usage-cost-empty = Ingen fastställd andel { $year } har importerad användning: importera COUNTER-rapporter för medlemmarna (Rapporter), eller välj ett annat år.
usage-cost-empty-all = Ingen fördelning { $year } är fastställd ännu: fastställ en i fördelningsverktyget, eller välj ett annat år.
usage-consortium-title = Hela konsortiet (avtalets pris delat med alla deltagares användning)
usage-consortium-col-resource = Resurs
usage-consortium-col-name = Namn
usage-consortium-col-deal = Avtal
usage-consortium-col-price = Pris
usage-consortium-col-uses = Användningar
usage-consortium-col-cost-per-use = Kostnad per användning
usage-consortium-table = Kostnad per användning för hela konsortiet
usage-resource = Resurs
usage-rank-title = Medlemmar efter kostnad per användning: { $resource }, { $year }
usage-rank-aria = Medlemmar efter kostnad per användning för { $resource }, högst först
usage-rank-empty = Ingen medlem har användning av den här resursen under året.
usage-rank-more = De { $shown } högsta av { $count } medlemmar.
usage-consortium-line = hela konsortiet
usage-trend-title = Kostnad per användning över åren: { $resource }
usage-trend-member = Medlem i trenden
usage-trend-consortium-only = Bara konsortiet
usage-trend-aria = Kostnad per användning för { $resource } per år
usage-trend-empty = Inget år har både en fastställd andel och importerad användning av den här resursen.
usage-trend-loading = Beräknar åren…
usage-export-title = Filer
usage-export-csv = Exportera användning som CSV…
usage-export-pdf = Användningsrapport PDF…
usage-pdf-for = PDF för
usage-the-consortium = Konsortiet

## Fel efter kod ({ $message } är serverns engelska detalj)

error-input = Kontrollera uppgifterna: { $message }
error-file = Filfel: { $message }
error-exists = Filen finns redan: { $message }
error-not_found = Hittades inte: { $message }
error-split = Fördelningen kunde inte beräknas: { $message }
error-invalid = { $message }
error-invoice = Faktureringsfel: { $message }
error-usage = Fel i användningsstatistiken: { $message }
error-pdf = PDF-fel: { $message }
error-schema_too_new = Databasen är nyare än programmet: { $message }
error-frozen = Fastställda uppgifter kan inte ändras: { $message }
error-referenced = Andra poster hänvisar hit: { $message }
error-store = Databasfel: { $message }

## Vad som är fel, i ord (beslut 46): bakändans fel som meningar med värden.
## { $detail } är redan på läsarens språk. Värden som användaren skrivit ({ $value }) visas
## som de skrevs; fält- och kolumnnamn (join_date) står som i CSV-filen.
err-at-line = { $file } rad { $line }, fält '{ $field }': { $detail }
err-at-field = { $file }, fält '{ $field }': { $detail }
err-in-file = { $file }: { $detail }
err-exists = { $file } finns redan och skrevs inte över (använd --force eller välj en annan mapp)
err-record = { $kind }, fält '{ $field }': { $detail }
err-record-key = { $key }: { $detail }
err-not-found = hittades inte: { $kind } '{ $key }'
err-deal-year = { $deal } { $year }: { $detail }
err-scenario = scenario '{ $scenario }': { $detail }
err-party = { $party }: { $detail }
err-field-empty = är tomt
err-field-code = '{ $value }' är ingen kod (bokstäver, siffror, - _ .)
err-field-date = '{ $value }' är inget datum (ÅÅÅÅ-MM-DD)
err-field-number = '{ $value }' är inget tal
err-field-negative = { $value } är negativt
err-field-positive = { $value } är inte positivt
err-field-whole = '{ $value }' är inget heltal
err-field-country = '{ $value }' är ingen landskod enligt ISO 3166, som FI
err-field-one-of = '{ $value }' är inte något av följande: { $allowed }
err-field-kind-or-any = '{ $value }' är varken * eller något av följande: { $allowed }
err-field-before = är före { $other }
err-field-year = { $year } är inget rimligt år
err-field-derived-metric = '{ $value }' härleds ur importerade COUNTER-rapporter och kan inte matas in (docs/RULES.md)
err-field-users = '{ $value }' är varken ett antal användare eller 'unlimited'
err-metric-name = '{ $value }' är inget namn på ett nyckeltal (små bokstäver, siffror och _)
err-vat-category = '{ $value }' är ingen momskategori ({ $allowed })
err-vat-rate-zero = måste vara över 0 för kategori S
err-vat-rate-not-zero = måste vara 0 för denna kategori
err-vat-rate-100 = { $value } är ingen procentsats under 100
err-vat-reason-translated = är en översättning av grunden: ange själva grunden i kolumnen 'reason' också
err-vat-reason-required = krävs för kategori { $category }: fakturan måste ange varför moms inte tas ut
err-fx-rate-zero = måste vara över 0
err-fx-same-currency = är samma valuta som from_currency ({ $currency })
err-vat-id-prefix = '{ $value }' börjar inte med { $prefix }
err-vat-id-eu = '{ $value }' är inget momsregistreringsnummer ({ $prefix } och 2–13 bokstäver eller siffror)
err-vat-id-fi = '{ $value }' är inget finskt momsregistreringsnummer (FI och 8 siffror)
err-vat-id-other = '{ $value }' är inget skattenummer (5–20 bokstäver, siffror eller bindestreck)
err-money-currency = okänd valutakod '{ $value }' (väntade en ISO 4217-kod som EUR)
err-money-mismatch = { $left } och { $right } kan inte kombineras: beloppen är i olika valutor
err-money-not-amount = '{ $value }' är inget decimalbelopp
err-money-too-precise = { $amount } har fler decimaler än { $currency } tillåter ({ $decimals })
err-money-overflow = beloppet ligger utanför det tillåtna intervallet
err-rule = regelns del '{ $clause }': { $detail }
err-rule-no-colon = väntade 'namn: värde'
err-rule-no-member = väntade en medlemskod efter '@'
err-rule-member-clause = '{ $value }@' är ingen regeldel; använd floor@ eller ceiling@
err-rule-unknown-clause = okänd regeldel '{ $value }' (se docs/RULES.md)
err-rule-central-over = en finansiär kan inte betala mer än 100 %
err-rule-needs-percent = '{ $value }' behöver en procentsats, till exempel '40% { $value }'
err-rule-years = '{ $value }' är inget antal år
err-rule-average = ett medelvärde tas över 1 till 10 år
err-rule-basis = '{ $value }' är ingen fördelningsgrund: använd equal, ett nyckeltal, 'METRIC avg N' eller 'bands METRIC (...)'
err-rule-band-list = intervall behöver en lista: bands fte (0=1, 5000=2)
err-rule-band-end = intervallistan måste sluta med ')'
err-rule-band-item = intervallet '{ $value }' ska skrivas FRÅN=VIKT
err-rule-band-order = intervallens nedre gränser måste öka
err-rule-band-zero = det första intervallet måste börja på 0 så att varje medlem hamnar i ett intervall
err-rule-mix = delarnas procentsatser blir sammanlagt { $total }, inte 100 %
err-rule-fixed-item = '{ $value }' ska skrivas MEDLEM=BELOPP
err-rule-fixed-twice = medlemmen '{ $value }' saknas eller anges två gånger
err-rule-prorata = '{ $value }' är varken months, days eller none
err-rule-publish = steget måste gå jämnt upp i 100 % (till exempel 0.1% eller 0.01%)
err-rule-year = '{ $value }' är inget år
err-rule-percent = '{ $value }' ska sluta med %
err-rule-number = '{ $value }' är inget icke-negativt tal
err-pricing = '{ $pricing }' är ingen prissättning: { $detail }
err-pricing-shape = väntade 'total BELOPP' eller 'per-site FRÅN=BELOPP, ...'
err-pricing-kind = den måste börja med 'total' eller 'per-site'
err-pricing-tier = prisnivån '{ $value }' ska skrivas FRÅN=BELOPP
err-pricing-count = '{ $value }' är inget antal deltagare
err-pricing-tier-order = prisnivåernas antal måste öka
err-pricing-tier-zero = den första prisnivån börjar vid 1 deltagare eller fler
err-pricing-positive = { $value } är inget positivt belopp
err-pricing-too-few = avtalet behöver minst { $needed } deltagare och har { $have }: det faller
err-pricing-no-rate = anbudet är i { $offer } och konsortiet arbetar i { $consortium }: anbudet behöver en växelkurs
err-pricing-year-before = anbudet börjar { $first }; det finns inget pris för { $year }
err-pricing-not-positive = ett pris måste vara positivt, fick { $value }
err-index-item = '{ $value }' ska skrivas ÅR=PROCENT
err-period-shape = '{ $value }' ska skrivas START..SLUT
err-period-order = '{ $value }' slutar innan den börjar
err-split-no-participants = avtalet har inga deltagare
err-split-twice = medlemmen { $member } deltar två gånger
err-split-outside = medlemmen { $member } deltar inte under { $start }–{ $end } (den deltar från { $from } till { $to })
err-split-open-start = början
err-split-open-end = slutet
err-split-unknown-member = regeln nämner medlemmen { $member } i '{ $clause }', men den deltar inte
err-split-missing-metric = medlemmen { $member } saknar '{ $metric }' för { $year }
err-split-negative-metric = medlemmen { $member } har ett negativt '{ $metric }' ({ $value }) för { $year }
err-split-zero-weights = vikterna för '{ $basis }' blir sammanlagt noll: ingen deltagare har ett positivt värde, så ingenting kan fördelas efter den
err-split-fixed-exceed = de fasta beloppen blir sammanlagt { $fixed }, mer än de { $amount } som ska fördelas
err-split-all-fixed = varje deltagare har ett fast belopp, sammanlagt { $fixed }, men { $amount } ska fördelas
err-split-flat-exceed = de fasta grundavgifterna blir sammanlagt { $fees }, mer än de { $amount } som återstår att fördela
err-split-weights-large = vikterna för '{ $basis }' är för stora eller har för många decimaler för att vägas exakt
err-split-bounds = omöjliga gränser: { $detail }
err-split-bounds-crossed = medlemmen { $member } har ett golv på { $floor } över sitt tak på { $ceiling }
err-split-floors-high = golven blir sammanlagt { $floors }, mer än de { $pool } som ska fördelas
err-split-ceilings-low = taken blir sammanlagt { $ceilings }, mindre än de { $pool } som ska fördelas
err-split-too-large = { $amount } är mer än en fördelning kan rymma: beloppen hålls i minsta enheter upp till 9223372036854775807
err-split-too-precise = regelbeloppet { $amount } har fler decimaler än { $currency } tillåter
err-deal-not-in-year = avtalet { $deal } gäller { $start }–{ $end }, inte { $year }
err-deal-no-offer = avtalet { $deal } har inget anbud än: importera offers.csv
err-csv-unknown-column = okänd kolumn (väntade: { $expected })
err-csv-missing-column = kolumnen saknas
err-csv-empty = är tom: väntade en rubrikrad
err-csv-row-length = har { $found } fält där rubrikraden har { $expected }
err-csv-utf8 = är inte giltig UTF-8-text
err-csv-duplicate-key = nyckeln '{ $key }' förekommer två gånger (första gången på rad { $first })
err-no-such-code = ingen post ({ $kind }) med koden '{ $code }'
err-no-record = { $kind } har ingen post { $key }
err-delete-referred = { $kind } '{ $key }' kan inte tas bort: { $referrers } hänvisar till den
err-referrer = { $table } ({ $count })
err-and = { $first } och { $rest }
err-table-resources = resurser
err-table-member-metrics = medlemmarnas nyckeltal
err-table-licences = licenser
err-table-licence-terms = licensvillkor
err-table-licence-amendments = licenstillägg
err-table-deals = avtal
err-table-offers = anbud
err-table-participations = deltaganden
err-table-usage-imports = användningsimporter
err-demo-not-empty = { $path } innehåller redan ett konsortium; demon läses bara in i en tom databas
err-invoice-address = { $party } saknar { $field }: en faktura behöver köparens och säljarens fullständiga faktureringsadress
err-address-street = gatuadress
err-address-postcode = postnummer
err-address-city = postort
err-invoice-vat-id = { $party } har inget momsregistreringsnummer, som en faktura med omvänd skattskyldighet måste visa
err-invoice-bad-vat-id = momsregistreringsnumret för { $party } är ogiltigt: { $detail }
err-invoice-no-vat-rate = ingen momssats för { $kind } sålt till en köpare i { $country } den { $date }: lägg till en i vat_rates
err-invoice-no-fx = ingen växelkurs från { $from } till { $to } den { $date } eller tidigare: lägg till en i exchange_rates
err-invoice-nothing = { $party } har inget att fakturera
err-invoice-all-credited = varje rad på { $number } är redan krediterad
err-invoice-not-creditable = rad { $line } finns inte på fakturan eller är redan krediterad
err-invoice-meanwhile = { $party } fakturerades av någon annan under tiden: kör omgången igen
err-credit-a-credit-note = { $number } är en kreditnota; bara fakturor krediteras
err-invoice-not-final = fördelningen av { $deal } för { $year } är inte fastställd: fastställ den före faktureringen
err-invoice-none-final = ingen fördelning för { $year } är fastställd: inget att fakturera
err-funder-no-details = finansiären '{ $funder }' saknar faktureringsuppgifter: lägg till den i funders (namn, adress, land, ...)
err-payment-amount = { $amount } ligger inte mellan 0 och de { $due } som återstår att betala på { $number }
err-pdf-uncovered = inget medföljande typsnitt har tecknet '{ $character }' (U+{ $code }) i "{ $text }": ändra texten eller lägg till ett typsnitt som täcker det i konsortio-pdf
err-store-too-new = databasen skrevs av en nyare Konsortio (schemaversion { $found }); denna version läser upp till { $supported }: uppdatera Konsortio
err-store-frozen = fördelningen av { $deal } för { $year } är fastställd och låst
err-store-bad-record = den lagrade posten { $kind } '{ $key }' kan inte läsas: fält '{ $field }': { $detail }
err-store-referenced = { $kind } '{ $key }' hänvisas fortfarande till (av en fastställd fördelning eller en annan post) och kan inte tas bort
err-store-no-invoice = det finns ingen faktura med numret { $number }
err-harvest-queued = fortfarande i kö efter { $attempts } försök ({ $exceptions }); skörda igen senare
err-harvest-no-usage = rapporten visar ingen användning
err-harvest-stopped = inte tillfrågad: skörden stoppades
## En leverantörs COUNTER-fil som inte kan läsas: var ({ $at }: filen, dess rad och kolumn
## eller en JSON-pekare), sedan vad som är fel. Värden inom citattecken är som i filen; en JSON-
## eller CSV-läsares och systemets skäl ({ $reason }) visas som de kommer.
err-counter = { $at }: { $detail }
err-counter-row = { $file }, rad { $row }
err-counter-cell = { $file }, rad { $row }, kolumn { $column }
err-counter-cell-heading = { $file }, rad { $row }, kolumn { $column } ({ $heading })
err-counter-pointer = { $file }, vid { $pointer }
err-counter-empty = filen är tom
err-counter-no-title = ingen COUNTER-rapport: "{ $value }" är ingen rapporttitel
err-counter-no-report-header = ingen COUNTER-rapport: JSON-dokumentet saknar Report_Header
err-counter-first-cell = ingen COUNTER-rapport: rad { $row } börjar med "{ $value }", inte med Report_Name eller en R4-rapporttitel
err-counter-format-text = filformatet stöds inte: varken TSV- eller CSV-text
err-counter-format-xls = filformatet stöds inte: äldre Excel-fil .xls: spara den som .xlsx, CSV eller TSV
err-counter-release = okänd eller ej stödd COUNTER-release "{ $value }" (stöds: 5.1, 5, 4)
err-counter-report = okänd eller ej stödd rapport "{ $value }"
err-counter-header-label = okänd rad i rapporthuvudet "{ $value }"
err-counter-header-missing = rapporthuvudet saknar { $name }
err-counter-header-twice = rapporthuvudet anger { $name } två gånger
err-counter-header-value = { $field } har ett oläsbart värde "{ $value }"
err-counter-no-headings = filen tar slut före raden med kolumnrubriker (avkortad?)
err-counter-column-missing = kolumnrubrikerna saknar { $name }
err-counter-column-twice = kolumnen "{ $name }" förekommer två gånger
err-counter-month = "{ $value }" är ingen månadsrubrik
err-counter-month-outside = månaden { $month } ligger utanför rapportperioden { $begin } till { $end }
err-counter-month-twice = månaden { $month } förekommer två gånger för samma objekt och mått
err-counter-not-count = "{ $value }" är inget antal
err-counter-negative = negativt antal "{ $value }"
err-counter-too-large = antalet "{ $value }" är för stort
err-counter-metric = okänd måttyp "{ $value }"
err-counter-short-row =
    { $found ->
        [one] raden har { $found } cell där rubrikerna har { $expected } (avkortad?)
       *[other] raden har { $found } celler där rubrikerna har { $expected } (avkortad?)
    }
err-counter-no-heading = ett värde "{ $value }" står i en kolumn utan rubrik
err-counter-total = Reporting_Period_Total är { $stated } men månaderna summerar till { $months }
err-counter-totals-row = summaraden anger { $stated } för { $metric } men raderna summerar till { $rows }
err-counter-truncated = filen tar slut mitt i (avkortad?)
err-counter-encoding = texten är inte giltig UTF-8
err-counter-malformed = felaktig text: { $reason }
err-counter-json = felaktig JSON: { $reason }
err-counter-json-shape = oväntad JSON: { $reason }
err-counter-xlsx = oläsbar Excel-arbetsbok: { $reason }
err-counter-xlsx-no-sheet = oläsbar Excel-arbetsbok: arbetsboken har inget kalkylblad
err-counter-io = läsningen misslyckades: { $reason }
err-counter-exceptions = SUSHI-servern svarade med undantag i stället för en rapport: { $exceptions }
## SUSHI: en förfrågan eller skörd som misslyckades (serverns undantag och anslutningens ord
## kommer som de kom, utan nycklar), fält i formulären för tjänster och uppgifter, sushi.csv.
err-sushi-report-id = '{ $value }' är inget rapport-id i COUNTER Release 5 (TR_J1, DR, PR...)
err-sushi-from = startmånaden (--from) '{ $value }' är ingen månad (ÅÅÅÅ-MM)
err-sushi-to = slutmånaden (--to) '{ $value }' är ingen månad (ÅÅÅÅ-MM)
err-sushi-period = perioden { $begin } till { $end } slutar innan den börjar
err-sushi-url-scheme = tjänsten { $endpoint }: bas-URL:en '{ $url }' börjar inte med https:// eller http://
err-sushi-url-host = tjänsten { $endpoint }: bas-URL:en '{ $url }' saknar värdnamn
err-sushi-url-query = tjänsten { $endpoint }: bas-URL:en '{ $url }' har en fråga, ett fragment eller mellanslag; ange den URL som /reports-sökvägarna utgår från
err-sushi-missing-credential = { $endpoint }: uppgifterna saknar { $field }, som den här tjänsten kräver
err-sushi-unauthorised = { $endpoint }: inte behörig: { $exceptions }; kontrollera medlemmens kund-ID, beställar-ID och API-nyckel
err-sushi-busy = { $endpoint }: servern var fortfarande upptagen (för många förfrågningar) efter { $attempts } försök; skörda igen senare
err-sushi-refused = { $endpoint }: servern avvisade förfrågan: { $exceptions }
err-sushi-refused-http = { $endpoint }: servern avvisade förfrågan (HTTP { $status }): { $exceptions }
err-sushi-http = { $endpoint }: servern svarade HTTP { $status } utan COUNTER-rapport eller SUSHI-undantag
err-sushi-timeout = { $endpoint }: inget svar inom { $seconds } s (tidsgränsen överskreds)
err-sushi-connection = { $endpoint }: { $reason }
err-sushi-connection-refused = anslutningen nekades
err-sushi-connection-dropped = anslutningen bröts innan hela svaret kom
err-sushi-connection-host = värden hittades inte (kontrollera bas-URL:en och nätverket)
err-sushi-connection-failed = kan inte ansluta (anslutningen nekades eller värden kan inte nås)
err-sushi-connection-tls = TLS misslyckades: { $reason }
err-sushi-malformed = { $endpoint }: svaret är ingen användbar COUNTER-rapport: { $reason }
err-sushi-code-spaces = '{ $value }' måste vara ett ord utan mellanslag
err-sushi-platform-empty = är tom, men tjänsten vill att platform= skickas
err-sushi-no-endpoint = ingen SUSHI-tjänst '{ $endpoint }' (lägg till den med usage sushi add)
err-sushi-customer-empty = är tom; varje SUSHI-förfrågan anger kunden
err-sushi-requestor-empty = är tom, och { $endpoint } kräver ett
err-sushi-key-empty = är tom (rensa nyckeln för att ta bort den)
err-sushi-key-spaces = innehåller mellanslag eller styrtecken (inklistrad med en radbrytning?)
err-sushi-key-missing = saknas, och { $endpoint } kräver en
err-sushi-csv-columns = kolumnerna måste vara { $expected }, men är { $found }
err-sushi-csv-line = rad { $line }: { $reason }
err-sushi-csv-twice = { $member } vid { $endpoint } förekommer två gånger i filen
err-sushi-endpoint-in-use =
    { $count ->
        [one] { $count } medlem har uppgifter vid { $endpoint }; ta bort dem också med --with-credentials
       *[other] { $count } medlemmar har uppgifter vid { $endpoint }; ta bort dem också med --with-credentials
    }
err-harvest-no-credentials = ingen medlem har uppgifter vid { $endpoint }; lägg till dem med: konsortio usage sushi credentials MEDLEM { $endpoint } --customer-id ID
## Användningsrapporter och deras mått
err-usage-metric-type = '{ $value }' är ingen COUNTER-måttyp; använd någon av { $allowed }
err-usage-derived-metric = '{ $value }' anger inget COUNTER-mått; mått som härleds ur importerade rapporter är { $allowed }
err-usage-map-empty = namnet att koppla är tomt
err-usage-overlap = { $file }: { $report } { $platform } för { $member } täcker { $begin } till { $end }, vilket överlappar importen { $other } som täcker { $other_begin } till { $other_end }; importera en rapport för samma period (eller en som täcker den) för att ersätta den
err-usage-no-consortium = databasen har inget konsortium ännu: importera consortium.csv
## Det som saknas (err-not-found:s { $kind }, även err-record:s)
err-not-found-credentials = hittades inte: SUSHI-uppgifter för { $member } vid { $endpoint }
err-not-found-participant = hittades inte: deltagaren { $member } i { $deal } { $year }
err-kind-deal = avtal
err-kind-invoice = faktura
err-kind-participant = deltagare
err-kind-participation = deltagande
err-kind-member = medlem
err-kind-resource = resurs
err-kind-vendor = leverantör
err-kind-funder = finansiär
err-kind-offer = offert
err-kind-licence = licens
err-kind-database = databas
err-kind-usage-import = användningsimport
err-kind-usage-mapping = koppling
err-kind-sushi-endpoint = SUSHI-tjänst
err-kind-sushi-credentials = SUSHI-uppgifter

## SUSHI harvesting (the usage view's SUSHI tab)

usage-tab-sushi = SUSHI
sushi-endpoints-title = SUSHI-tjänster
sushi-endpoints-hint = Varje leverantörsplattforms COUNTER_SUSHI-tjänst; medlemmarnas inloggningsuppgifter sparas per tjänst.
sushi-endpoints-empty = Ingen SUSHI-tjänst ännu: lägg till en nedan.
sushi-col-code = Kod
sushi-col-vendor = Leverantör
sushi-col-url = Bas-URL
sushi-col-platform = Plattform
sushi-col-members = Medlemmar
sushi-remove = Ta bort
sushi-remove-label = Ta bort { $code }
sushi-confirm-remove =
    { $count ->
        [0] Ta bort SUSHI-tjänsten { $code }?
        [one] Ta bort SUSHI-tjänsten { $code } och uppgifterna för { $count } medlem där?
       *[other] Ta bort SUSHI-tjänsten { $code } och uppgifterna för { $count } medlemmar där?
    }
sushi-removed = SUSHI-tjänsten { $code } togs bort.
sushi-add-title = Lägg till en tjänst
sushi-code = Kod
sushi-vendor = Leverantör
sushi-url = Bas-URL
sushi-platform = Plattform (valfri)
sushi-wants-requestor = Skickar requestor_id
sushi-wants-key = Skickar api_key
sushi-wants-platform = Skickar platform
sushi-add = Lägg till tjänst
sushi-added = SUSHI-tjänsten { $code } lades till.
sushi-required = Obligatoriskt.
sushi-url-invalid = Ange en URL som börjar med https:// eller http://.
sushi-credentials-title = En medlems inloggningsuppgifter
sushi-credentials-hint = API-nyckeln används bara för skördning: den visas aldrig igen, högst dess fyra sista tecken.
sushi-endpoint = Tjänst
sushi-member = Medlem
sushi-customer-id = Kund-ID
sushi-requestor-id = Beställar-ID
sushi-api-key = API-nyckel
sushi-api-key-keep = tomt behåller den sparade nyckeln
sushi-save-credentials = Spara uppgifter
sushi-saved-credentials = Uppgifterna för { $member } hos { $endpoint } sparades.
sushi-key-set = angiven { $key }
sushi-key-none = ingen nyckel
sushi-credentials-col-member = Medlem
sushi-credentials-col-customer = Kund-ID
sushi-credentials-col-requestor = Beställar-ID
sushi-credentials-col-key = API-nyckel
sushi-credentials-at = Uppgifter hos { $endpoint }
sushi-credentials-empty = Ingen medlem har uppgifter hos den här tjänsten ännu.
sushi-forget = Glöm
sushi-forget-label = Glöm uppgifterna för { $member } hos { $endpoint }
sushi-confirm-forget = Glömma uppgifterna för { $member } hos { $endpoint }? Redan hämtad användning finns kvar; en ny hämtning kräver att uppgifterna anges på nytt.
sushi-forgotten = Uppgifterna för { $member } hos { $endpoint } glömdes.
sushi-harvest-title = Skörda en rapport
sushi-harvest-hint = Hämtar rapporten för varje medlem och importerar den som en fil; samma rapport och period skördad igen ersätter den tidigare.
sushi-report = Rapport
sushi-from = Från (ÅÅÅÅ-MM)
sushi-to = Till (ÅÅÅÅ-MM)
sushi-all-members = Alla medlemmar med uppgifter
sushi-harvest = Skörda
sushi-month-invalid = Skriv månaden som ÅÅÅÅ-MM, t.ex. 2025-01.
sushi-period-backwards = Perioden slutar innan den börjar.
sushi-progress = { $done } av { $total } medlemmar klara
sushi-asking =
    { $attempt ->
        [1] Begär rapporten för { $member }
       *[other] Begär rapporten för { $member } igen (försök { $attempt })
    }
sushi-waiting = Väntar { $seconds } s: { $reason }
sushi-reason-busy = servern är upptagen (för många förfrågningar)
sushi-reason-queued =
    { $count ->
        [one] 1 rapport i kö för bearbetning
       *[other] { $count } rapporter i kö för bearbetning
    }
sushi-busy-hint = Fönstret går att använda medan rapporterna skördas.
sushi-results-title = Skörderesultat
sushi-results-col-member = Medlem
sushi-results-col-result = Resultat
sushi-results-col-detail = Detaljer
sushi-result-imported =
    { $count ->
        [one] importerade { $count } post
       *[other] importerade { $count } poster
    }
sushi-result-no-usage = ingen användning
sushi-result-queued = i kö: skörda igen senare
sushi-result-unauthorised = inte behörig
sushi-result-failed = misslyckades: { $message }
sushi-stop = Stoppa
sushi-stopping = Stoppar: medlemmen som frågas nu blir klar, de andra tillfrågas inte.
sushi-result-stopped = inte tillfrågad (stoppad)

## Explanation steps (crates/core explain keys)
## Ett meddelande per meningsform som fördelningsmotorn förklarar med (konsortio-core explain::KEYS).

explain-funder-default = den centrala finansiären
explain-basis-equal = lika delning
explain-price-total = Konsortiepris: { $price }.
explain-price-per-site = Pris per organisation för { $n } deltagare (prisnivå från { $from } deltagare): { $price } × { $n } = { $total }.
explain-price-by-count = Pris för { $n } deltagare (prisnivå från { $from } deltagare): { $price }.
explain-price-rise = { $year }: priset höjs med { $pct } till { $price }.
explain-price-converted = Omräknat till kursen { $rate } { $to } per { $from } ({ $source }, { $date }): { $price }.
explain-total = Priset att fördela för { $year } är { $total }, mellan { $n } deltagare.
explain-prorata-months =
    { $den ->
        [one] Du deltar { $num } av periodens { $den } månad ({ $from }–{ $to }): din vikt räknas med { $num }/{ $den }.
       *[other] Du deltar { $num } av periodens { $den } månader ({ $from }–{ $to }): din vikt räknas med { $num }/{ $den }.
    }
explain-prorata-days =
    { $den ->
        [one] Du deltar { $num } av periodens { $den } dag ({ $from }–{ $to }): din vikt räknas med { $num }/{ $den }.
       *[other] Du deltar { $num } av periodens { $den } dagar ({ $from }–{ $to }): din vikt räknas med { $num }/{ $den }.
    }
explain-central-percent = Av priset betalar { $funder } { $pct }: { $part }.
explain-central-fixed = Ett fast belopp på { $part } betalas av { $funder }.
explain-central-full = Hela priset, { $total }, betalas av { $funder }; medlemmarna betalar ingenting.
explain-notional = Din beräknade andel (det du får) räknas fram med formeln; golv och tak gäller inte, eftersom medlemmarna inte betalar något.
explain-rest = Medlemmarna delar på resterande { $rest }.
explain-fixed-member = Du betalar ett förhandlat fast belopp på { $amount }.
explain-fixed-all =
    { $n ->
        [one] Förhandlade fasta belopp tar { $fixed }; { $rest } återstår för den andra medlemmen.
       *[other] Förhandlade fasta belopp tar { $fixed }; { $rest } återstår för de övriga { $n } medlemmarna.
    }
explain-flat = Fast grundavgift: { $fee }.
explain-flat-prorata = Fast grundavgift: { $fee } × din tidsandel { $factor } = { $amount }.
explain-flat-all = Fasta grundavgifter på { $fee } per medlem tar { $fees }; { $rest } återstår för formeln.
explain-metric = Ditt värde för { $metric } { $year }: { $value }.
explain-metric-average = Ditt genomsnitt för { $metric } under åren { $years }: { $value }.
explain-band = Ditt värde för { $metric } { $year } är { $value }: nivån från { $from } med vikten { $weight }.
explain-component = { $pct } av beloppet ({ $part }) fördelas enligt grunden { $basis }: din vikt { $weight } av totalt { $weights } = { $share_pct } → { $share }.
explain-publish = Din vikt publiceras som { $pct } (avrundat till närmaste { $step }, sammanlagt 100 %): { $pct } av { $pool } = { $share }.
explain-no-last-year = Du hade ingen fastställd andel förra året, så ingen gräns för höjningen gäller dig.
explain-ceiling-uniform = Ditt tak: { $ceiling } (det gemensamma taket).
explain-ceiling-own = Ditt tak: { $ceiling } (ditt eget tak).
explain-ceiling-metric = Ditt tak: { $ceiling } ({ $pct } av ditt värde för { $metric }, { $value }).
explain-ceiling-last-year = Ditt tak: { $ceiling } (förra årets { $last } plus högst { $pct }).
explain-floor = Ditt golv: { $floor }.
explain-bound-floor = Formeln ger dig { $formula }, under ditt golv: du betalar golvet, { $floor }.
explain-bound-ceiling = Formeln ger dig { $formula }, över ditt tak: du betalar taket, { $ceiling }.
explain-bound-none = Ingen gräns gäller någon medlem: formelns resultat står sig.
explain-bound-scaled-more = Medlemmar som hålls vid ett golv eller tak betalar { $moved } mer än formeln ger dem; de obegränsade medlemmarnas andelar skalas med { $factor } för att jämna ut det: { $formula } → { $share }.
explain-bound-scaled-less = Medlemmar som hålls vid ett golv eller tak betalar { $moved } mindre än formeln ger dem; de obegränsade medlemmarnas andelar skalas med { $factor } för att jämna ut det: { $formula } → { $share }.
explain-rounding = Exakt andel { $exact } avrundad till { $share }: varje andel avrundas nedåt till minsta valutaenhet och de enheter som blir över går till de största resterna, så att andelarna summerar exakt till { $total }.
explain-central-attributed = Beloppet { $part } som { $funder } betalar fördelas på medlemmarna efter deras formelandelar av hela priset: din är { $pct } → { $share }.
explain-central-cap = Varje medlems andel betalas av { $funder } upp till { $cap }: { $funded } av din; du betalar resten, { $payable }.
explain-result = Du betalar { $payable }.
explain-result-funded = Du betalar { $payable }; { $funder } betalar { $funded } för dig; din beräknade andel är { $notional }.

## CLI help (clap)

cli-help = Licensiera e-resurser för ett bibliotekskonsortium och fördela kostnaden
cli-help--db = Databasfilen (standard: $KONSORTIO_DB, annars konsortio.db i plattformens datakatalog)
cli-help--lang = Språket för meddelanden, tabeller och hjälp: en, fi, sv, tr eller zh (standard: från LC_ALL, LC_MESSAGES eller LANG; engelska för alla andra)
cli-help--help = Visa hjälp
cli-help--version = Visa version
cli-help-help = Visa den här hjälpen eller hjälpen för de angivna underkommandona
cli-clap-usage = Användning
cli-clap-commands = Kommandon
cli-clap-arguments = Argument
cli-clap-options = Flaggor
cli-clap-default = [standard: { $value }]
cli-clap-possible-values = [möjliga värden: { $values }]
cli-help-init = Skapa databasen (om den är ny); --demo läser in demokonsortiet i en tom databas
cli-help-init--demo = Läs in demokonsortiet (bara i en tom databas)
cli-help-demo = Visa demon: öppna (och fyll vid första start) och skriv ut en fördelning för demoåret
cli-help-import = Importera en CSV-fil av en posttyp (se docs/CSV.md): alla rader eller ingen
cli-help-import--kind = Posttypen, t.ex. members eller deals (docs/CSV.md listar dem)
cli-help-import--file = CSV-filen
cli-help-import-dir = Importera en mapp med CSV-filer namngivna efter sina posttyper, i en enda transaktion
cli-help-import-dir--dir = Mappen, med filer som members.csv och deals.csv
cli-help-export = Exportera en posttyp som CSV
cli-help-export--kind = Posttypen, t.ex. members eller deals
cli-help-export--out = Skriv till den här filen i stället för standardutdata
cli-help-export--force = Skriv över filen om den finns
cli-help-list = Lista posterna av en posttyp
cli-help-list--kind = Posttypen, t.ex. members eller deals
cli-help-split = Beräkna ett avtals fördelning för ett år (den låsta om den är fastställd)
cli-help-split--deal = Avtalets kod
cli-help-split--year = Året som fördelas
cli-help-split--rule = Pröva en annan regel i stället för avtalets (docs/RULES.md)
cli-help-split--format = Skriv ut som tabell eller CSV
cli-help-split--explain = Förklara den här medlemmens andel steg för steg
cli-help-compare = Jämför regler för ett avtal: --rule "NAMN=REGEL" för varje scenario
cli-help-compare--deal = Avtalets kod
cli-help-compare--year = Året som fördelas
cli-help-compare--rules = Ett scenario som NAMN=REGEL, t.ex. "fte=shared: fte" (en gång för varje scenario)
cli-help-compare--format = Skriv ut som tabell eller CSV
cli-help-finalise = Fastställ (lås) ett avtals fördelning för ett år
cli-help-finalise--deal = Avtalets kod
cli-help-finalise--year = Fördelningens år
cli-help-calc = Kalkylator: andelar för en avtalsfil och en CSV med medlemmar, utan databas
cli-help-calc--deal-file = Avtalsfilen (TOML, se docs/CALCULATOR.md)
cli-help-calc--members-csv = Medlemmarna och deras nyckeltal, som CSV
cli-help-calc--format = Skriv ut som tabell eller CSV
cli-help-calc--explain = Förklara den här medlemmens andel steg för steg
cli-help-audit = De senaste posterna i ändringsloggen
cli-help-audit--limit = Hur många poster som visas
cli-help-backup = Skriv en konsistent kopia av databasen till en ny fil
cli-help-backup--file = Den nya filen
cli-help-statement = En medlems specifikation för ett år som PDF: varje avtal, dess andel, varför och föregående år
cli-help-statement--member = Medlemmens kod
cli-help-statement--year = Specifikationens år
cli-help-statement--out = PDF-filen som skrivs
cli-help-statement--force = Skriv över filen om den finns
cli-help-invoice = Fakturor och kreditfakturor: utfärda, lista, visa, kreditera, betala, exportera
cli-help-invoice-issue = Utfärda fakturorna för ett års fastställda fördelningar (för ett avtal eller alla)
cli-help-invoice-issue--year = De fastställda fördelningarnas år
cli-help-invoice-issue--deal = Bara det här avtalet (standard: alla avtal som fastställts för året)
cli-help-invoice-issue--mode = Vem som faktureras: per-member (varje medlem, en faktura per avtal), funder (varje avtals finansiär, för dess del) eller consolidated (varje medlem, en faktura för alla dess avtal)
cli-help-invoice-issue--date = Fakturadatum (ÅÅÅÅ-MM-DD; standard i dag)
cli-help-invoice-issue--explain = Bifoga förklaringen av varje andel till dess rad
cli-help-invoice-issue--dry-run = Gör ett utkast av omgången och skriv ut det för granskning: inget numreras eller sparas
cli-help-invoice-list = Fakturaregistret: varje faktura och kreditfaktura med sin status
cli-help-invoice-show = Ett dokuments rader, moms och summor
cli-help-invoice-show--number = Fakturans eller kreditfakturans nummer
cli-help-invoice-credit = Kreditera en faktura: alla dess rader, eller --line N för några
cli-help-invoice-credit--number = Fakturans nummer
cli-help-invoice-credit--lines = Kreditera bara rad N (en gång för varje rad)
cli-help-invoice-credit--date = Kreditfakturans datum (ÅÅÅÅ-MM-DD; standard i dag)
cli-help-invoice-pay = Registrera en betalning mot en faktura
cli-help-invoice-pay--number = Fakturans nummer
cli-help-invoice-pay--amount = Det betalda beloppet, i fakturans valuta
cli-help-invoice-pay--date = Betalningsdatum (ÅÅÅÅ-MM-DD; standard i dag)
cli-help-invoice-pay--reference = Betalningens referens, t.ex. bankens
cli-help-invoice-export = Exportera till en mapp: registret som invoices.csv och invoice_lines.csv (csv), eller varje dokument som UBL 2.1-e-faktura (ubl) eller PDF (pdf)
cli-help-invoice-export--dir = Mappen
cli-help-invoice-export--format = Vad som skrivs
cli-help-invoice-export--force = Skriv över filer som finns
cli-help-usage = COUNTER-användningsrapporter
cli-help-usage-inspect = Vad en rapportfil är (release, rapport, institution, period, undantag) och summan per mått, utan att röra databasen
cli-help-usage-inspect--file = Rapportfilen (TSV, CSV, xlsx eller SUSHI JSON)
cli-help-usage-inspect--json = Skriv ut som JSON
cli-help-usage-import = Importera en COUNTER-rapport (vilken release, rapport och format som helst) som en medlems användning: allt eller inget; samma rapport för samma period igen ersätter den
cli-help-usage-import--member = Medlemmens kod
cli-help-usage-import--file = Rapportfilen
cli-help-usage-import--json = Skriv ut sammanfattningen som JSON
cli-help-usage-list = De importerade rapporterna
cli-help-usage-remove = Ta bort en importerad rapport med dess nummer (se `usage list`)
cli-help-usage-remove--id = Rapportens nummer
cli-help-usage-map = Kom ihåg att en leverantörs plattforms-, databas- eller titelnamn, eller en identifierare, så som rapporterna anger det, avser en resurs
cli-help-usage-map--name = Namnet eller identifieraren, så som rapporterna anger det
cli-help-usage-map--resource = Resursens kod
cli-help-usage-unmap = Glöm en koppling
cli-help-usage-unmap--name = Det kopplade namnet
cli-help-usage-mappings = Kopplingarna från leverantörernas namn till resurser
cli-help-usage-unmatched = Namn i importerade rapporter som inte matchar någon resurs (eller flera)
cli-help-usage-cost-per-use = Kostnad per användning för årets fastställda andelar: per medlem och för hela konsortiet
cli-help-usage-cost-per-use--year = De fastställda andelarnas år
cli-help-usage-cost-per-use--metric = COUNTER-måttet som räknas som användning (standard Unique_Item_Requests)
cli-help-usage-cost-per-use--member = Bara den här medlemmen (inte med --format csv)
cli-help-usage-cost-per-use--format = Skriv ut som tabell eller CSV
cli-help-usage-basis = Vad en fördelning av ett avtal för resursen läser som `usage_<metric>`: varje medlems siffror per år, från de importerade rapporterna
cli-help-usage-basis--resource = Resursens kod
cli-help-usage-basis--year = Det sista året (en fördelning för år Å läser Å - 1 om inte dess regel säger annat)
cli-help-usage-basis--years = Hur många år fram till --year
cli-help-usage-basis--metric = COUNTER-måttet (standard Unique_Item_Requests)
cli-help-usage-report = Skriv ett års användningsrapport som PDF: kostnad, användning och kostnad per användning för varje avtal och ett diagram över avtalen rangordnade efter kostnad per användning; för hela konsortiet eller för en medlem
cli-help-usage-report--year = De fastställda andelarnas år
cli-help-usage-report--member = Bara den här medlemmens rapport (standard: konsortiets)
cli-help-usage-report--metric = COUNTER-måttet som räknas som användning (standard Unique_Item_Requests)
cli-help-usage-report--out = PDF-filen som skrivs
cli-help-usage-report--force = Skriv över filen om den finns
cli-help-usage-sushi = SUSHI-tjänster och medlemmarnas inloggningsuppgifter där (API-nycklar visas aldrig)
cli-help-usage-sushi-add = Lägg till en leverantörsplattforms SUSHI-tjänst (eller ändra den med den här koden)
cli-help-usage-sushi-add--code = Ett kort namn för den, t.ex. EBSCO
cli-help-usage-sushi-add--vendor = Leverantörens kod
cli-help-usage-sushi-add--url = URL:en som sökvägarna /reports utgår från, t.ex. https://sushi.example.org/counter/r51
cli-help-usage-sushi-add--platform = COUNTER-plattformens namn, skickas som platform= med --wants-platform
cli-help-usage-sushi-add--wants-requestor-id = Tjänsten vill ha ett beställar-ID (requestor_id=)
cli-help-usage-sushi-add--wants-api-key = Tjänsten vill ha en API-nyckel (api_key=)
cli-help-usage-sushi-add--wants-platform = Tjänsten vill ha plattformens namn (platform=)
cli-help-usage-sushi-list = Tjänsterna
cli-help-usage-sushi-show = En tjänst och medlemmarnas inloggningsuppgifter där (API-nycklar maskerade)
cli-help-usage-sushi-show--endpoint = Tjänstens kod
cli-help-usage-sushi-remove = Ta bort en tjänst (med --with-credentials även medlemmarnas inloggningsuppgifter där)
cli-help-usage-sushi-remove--endpoint = Tjänstens kod
cli-help-usage-sushi-remove--with-credentials = Ta även bort medlemmarnas inloggningsuppgifter där
cli-help-usage-sushi-credentials = Spara en medlems inloggningsuppgifter hos en tjänst. Använd helst --api-key-stdin: en nyckel på kommandoraden blir kvar i skalets historik. Utan nyckelflagga behålls en sparad nyckel
cli-help-usage-sushi-credentials--member = Medlemmens kod
cli-help-usage-sushi-credentials--endpoint = Tjänstens kod
cli-help-usage-sushi-credentials--customer-id = Medlemmens kund-ID hos leverantören (customer_id=)
cli-help-usage-sushi-credentials--requestor-id = Beställar-ID (requestor_id=), om tjänsten vill ha ett
cli-help-usage-sushi-credentials--api-key = API-nyckeln (blir kvar i skalets historik: använd helst --api-key-stdin)
cli-help-usage-sushi-credentials--api-key-stdin = Läs API-nyckeln från första raden i standardindata
cli-help-usage-sushi-credentials--no-api-key = Ta bort den sparade API-nyckeln
cli-help-usage-sushi-credentials--remove = Glöm medlemmens inloggningsuppgifter hos tjänsten
cli-help-usage-sushi-import = Importera många medlemmars inloggningsuppgifter från en CSV (member,endpoint,customer_id,requestor_id,api_key): alla rader eller ingen
cli-help-usage-sushi-import--file = CSV-filen
cli-help-usage-harvest = Skörda en rapport via SUSHI för varje medlem med inloggningsuppgifter hos tjänsten (eller en medlem) och importera den som `usage import` gör: förloppet på standardfel, sedan varje medlems resultat
cli-help-usage-harvest--endpoint = Tjänstens kod
cli-help-usage-harvest--report = Ett rapport-ID i Release 5 / 5.1: TR_J1, DR_D1, PR...
cli-help-usage-harvest--from = Första månaden, ÅÅÅÅ-MM
cli-help-usage-harvest--to = Sista månaden, ÅÅÅÅ-MM
cli-help-usage-harvest--member = Bara den här medlemmen
cli-help-usage-harvest--json = Skriv ut resultaten som JSON
cli-help-usage-export = Skriv ett års användnings-CSV: användning, andelar och kostnad per användning (docs/CSV.md)
cli-help-usage-export--year = De fastställda andelarnas år
cli-help-usage-export--metric = COUNTER-måttet som räknas som användning (standard Unique_Item_Requests)
cli-help-usage-export--out = CSV-filen som skrivs
cli-help-usage-export--force = Skriv över filen om den finns
# Clap's parse errors (crates/cli/src/parse_error.rs): each follows cli-error's "error: ". The
# argument ('--year <YEAR>'), value and usage placeholders are the command's syntax, as typed.
cli-clap-error-missing =
    { $count ->
        [one] ett obligatoriskt argument saknas:
       *[other] följande obligatoriska argument saknas:
    }
cli-clap-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
cli-clap-error-invalid-value-because = ogiltigt värde '{ $value }' för '{ $arg }': { $reason }
cli-clap-error-value-required = '{ $arg }' kräver ett värde, men inget angavs
cli-clap-error-not-a-number = det är inget heltal
cli-clap-error-out-of-range = värdet ska vara mellan { $min } och { $max }
cli-clap-error-too-large = talet är för stort
cli-clap-error-too-small = talet är för litet
cli-clap-error-lang = använd en, fi, sv, tr eller zh
cli-clap-error-unknown-argument = oväntat argument '{ $arg }'
cli-clap-error-unknown-subcommand = okänt underkommando '{ $name }'
cli-clap-error-missing-subcommand = '{ $command }' kräver ett underkommando, men inget angavs
cli-clap-error-subcommands = [underkommandon: { $names }]
cli-clap-error-used-twice = argumentet '{ $arg }' kan bara anges en gång
cli-clap-error-conflict = argumentet '{ $arg }' kan inte användas tillsammans med '{ $other }'
cli-clap-error-conflict-list = argumentet '{ $arg }' kan inte användas tillsammans med:
cli-clap-error-conflict-any = argumentet '{ $arg }' kan inte användas tillsammans med ett eller flera av de andra angivna argumenten
cli-clap-error-unexpected-value = oväntat värde '{ $value }' för '{ $arg }'; inga fler värden väntades
cli-clap-error-too-few =
    { $min ->
        [one] '{ $arg }' kräver minst { $min } värde, men fick { $actual }
       *[other] '{ $arg }' kräver minst { $min } värden, men fick { $actual }
    }
cli-clap-error-wrong-number =
    { $expected ->
        [one] '{ $arg }' kräver { $expected } värde, men fick { $actual }
       *[other] '{ $arg }' kräver { $expected } värden, men fick { $actual }
    }
cli-clap-error-no-equals = värdet till '{ $arg }' ska anges efter ett likhetstecken (=)
cli-clap-error-similar-subcommand =
    { $count ->
        [one] tips: menade du underkommandot { $names }?
       *[other] tips: menade du något av underkommandona { $names }?
    }
cli-clap-error-similar-argument = tips: menade du argumentet '{ $arg }'?
cli-clap-error-similar-value = tips: menade du värdet '{ $value }'?
cli-clap-error-tip-as-value = tips: skriv '{ $usage }' för att ange '{ $value }' som ett värde
cli-clap-error-tip-exists = tips: '{ $usage }' finns
cli-clap-error-tip-double-dash = tips: underkommandot '{ $name }' finns; ta bort '--' framför det för att använda det
cli-clap-error-more = Mer information får du med '--help'.
