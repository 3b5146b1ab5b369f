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
# Law: mervärdesskattelagen (2023:200) 17 kap. and the Swedish text of directive 2006/112/EG art.
# 226 (11a): "omvänd betalningsskyldighet". The law before July 2023 said "omvänd
# skattskyldighet"; invoices now use the new wording.
doc-reverse-charge = Omvänd betalningsskyldighet
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

## Skrivbordsappen (ui/)

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

## Fel efter kod ({ $message } är serverns engelska detalj)

error-input = Kontrollera uppgifterna: { $message }
error-file = Filfel: { $message }
error-exists = Filen finns redan: { $message }
error-not_found = Hittades inte: { $message }
error-split = Fördelningen kunde inte beräknas: { $message }
error-invalid = Ogiltig begäran: { $message }
error-invoice = Faktureringsfel: { $message }
error-usage = Fel i användningsstatistiken: { $message }
error-pdf = PDF-fel: { $message }
error-schema_too_new = Databasen är nyare än programmet: { $message }
error-frozen = Fastställda uppgifter kan inte ändras: { $message }
error-referenced = Andra poster hänvisar hit: { $message }
error-store = Databasfel: { $message }
