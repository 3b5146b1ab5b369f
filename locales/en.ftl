### Konsortio in English: the source language. Every key here must be in every other file,
### with the same { $variables } (a test fails the build otherwise: crates/i18n/tests/).
### Sections: doc- (invoices, credit notes, statements), cli- (the command line),
### app- (the desktop app), error- (errors by their code, shared by the app and the CLI).

## Invoices, credit notes and member statements (konsortio-pdf)

doc-invoice = INVOICE
doc-credit-note = CREDIT NOTE
doc-number = Number
doc-issue-date = Date
doc-due-date = Due date
doc-payment-reference = Payment reference
doc-buyer-reference = Your reference
doc-buyer = Bill to
doc-vat-id = VAT id
doc-email = Email
doc-credited-invoice = Credits invoice
doc-description = Description
doc-period = Period
doc-vat-rate = VAT %
doc-net = Net
doc-vat-breakdown = VAT breakdown
doc-category = Category
doc-taxable = Taxable amount
doc-vat = VAT
doc-net-total = Total without VAT
doc-vat-total = VAT total
doc-total-to-pay = Total to pay
doc-total-credited = Total credited
doc-exchange-rate = Exchange rate
doc-vat-national = VAT in national currency
doc-payment-details = Payment details
doc-beneficiary = Beneficiary
doc-amount = Amount
# The page footer: page n of m.
doc-page-of = Page { $n } of { $m }
# The mention the VAT Directive (2006/112/EC, art. 226(11a)) asks for.
doc-reverse-charge = Reverse charge
doc-category-standard = Taxable
doc-category-zero-rated = Zero rated
doc-category-exempt = Exempt
doc-category-intra-community = Intra-community supply
doc-category-export = Export
doc-category-not-subject = Not subject to VAT
doc-statement = Cost statement { $year }
doc-member = Member
doc-deal = Agreement
doc-whole-share = Whole share
doc-funder-paid = Paid by funder
doc-you-pay = You pay
doc-last-year = Last year
doc-change = Change
doc-cost-per-use = Cost per use
doc-total = Total
doc-how-computed = How each share was computed
# An invoice line: the deal's title, then whose part of which year it is.
doc-line-share = { $title }: share { $year }
doc-line-funder-part = { $title }: funder's part { $year }

## The command line (konsortio-cli). Table headers of CSV output stay English field names.

cli-error = error: { $message }
cli-imported = imported { $count } { $kind }
cli-exported = exported { $count } { $kind } to { $file }
cli-database = database { $file } (schema version { $version })
cli-seeded = Seeded { $file } with the demo consortium.
cli-demo-not-empty = { $file } already holds a consortium; --demo loads only into an empty database
cli-backed-up = backed up to { $file }
cli-finalised = finalised { $deal } { $year }: total { $total }, funder { $funder }
cli-statement-written = wrote the { $year } statement of { $member } to { $file } ({ $size } KB)
cli-explained = { $member } in { $deal } { $year }:
cli-rule-syntax = --rule '{ $text }' should be NAME=RULE, e.g. "fte=shared: fte"
cli-not-a-kind = '{ $name }' is not a kind; use one of { $kinds }
# "(1 rows)" is kept while the golden transcripts pin it; give it a [one] variant together with them.
cli-rows = ({ $count } rows)
cli-split-heading = { $deal }: split for { $year } ({ $status })
cli-split-draft = draft
cli-split-finalised = finalised { $at } by { $by }
cli-rule = rule: { $rule }
cli-equal-shares = equal shares
cli-total = total
cli-participants =
    { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
cli-price-line = price { $price }; { $funder } pays { $funded }; members pay { $paid } ({ $currency })
cli-funder = funder
cli-col-member = member
cli-col-name = name
cli-col-pays = pays
cli-col-funder-pays = funder_pays
cli-col-notional = notional
cli-col-last-year = last_year
cli-col-change = change
cli-col-standalone = standalone
cli-col-at = at
cli-col-actor = actor
cli-col-action = action
cli-col-kind = kind
cli-col-key = key
cli-col-detail = detail
cli-col-number = number
cli-col-issued = issued
cli-col-due = due
cli-col-recipient = recipient
cli-col-currency = currency
cli-col-lines = lines
cli-col-net = net
cli-col-vat = VAT
cli-col-gross = gross
cli-col-paid = paid
cli-col-credited = credited
cli-col-status = status
# konsortio invoice: the status column of a credited invoice's credit note.
cli-invoice-credits = credits { $number }
cli-invoices-issuing = issued { $done } of { $total }
cli-invoices-exporting = exported { $done } of { $total }
cli-invoices-issued =
    { $count ->
        [0] issued 0 invoices
        [one] issued 1 invoice: { $first }
       *[other] issued { $count } invoices: { $first } to { $last }
    }
cli-invoices-left-out =
    { $count ->
        [one] left out 1 share already invoiced
       *[other] left out { $count } shares already invoiced
    }
cli-invoices-drafts =
    { $count ->
        [one] 1 draft totalling { $totals }; nothing numbered or stored
       *[other] { $count } drafts totalling { $totals }; nothing numbered or stored
    }
cli-invoices-nothing = nothing
cli-invoices-credit-issued = issued credit note { $note } for { $amount } of { $number }
cli-invoices-payment = recorded; { $number } is { $status }
cli-invoices-register = exported { $invoices } invoices and { $lines } lines to { $dir }
cli-invoices-ubl = exported { $count } e-invoices to { $dir }
cli-invoices-pdf = exported { $count } PDFs to { $dir }
# konsortio usage: COUNTER reports. Metric names, report ids, releases, file names, codes and
# SUSHI parameter names are data, printed as given. { $begin } and { $end } are ISO dates or years.
cli-usage-period = { $begin } to { $end }
# Joins two names, again for a third: "A or B or C".
cli-usage-or = { $first } or { $second }
# Between the items of a list: "ELS-SD (2 rows), SN-JNL (4 rows)".
cli-usage-separator = { ", " }
cli-usage-rows-items =
    { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }
cli-usage-inspect-heading = { $file }: COUNTER release { $release }, report { $report } ({ $name })
cli-usage-institution = institution: { $institution }
cli-usage-period-line = period: { $period }
cli-usage-created = created: { $created }
cli-usage-created-at-by = { $at } by { $by }
cli-usage-created-by = by { $by }
cli-usage-exceptions = exceptions: { $exceptions }
cli-usage-not-given = (not given)
cli-usage-none = none
cli-usage-imported = imported { $file } for { $member }: COUNTER release { $release }, report { $report } ({ $format }), { $period }, platform { $platform }
cli-usage-replaced = replaced the earlier import of { $file }
cli-usage-outside-note = counts outside the membership are kept but left out of cost per use, usage bases and exports
cli-usage-matched = matched: { $list }
cli-usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } row)
       *[other] { $resource } ({ $rows } rows)
    }
cli-usage-matched-nothing = nothing
cli-usage-unmatched-heading = unmatched (map them with: konsortio usage map NAME RESOURCE):
cli-usage-on-platform-database = database "{ $database }" on platform "{ $platform }"
cli-usage-on-platform = platform "{ $platform }"
cli-usage-on-database = database "{ $database }"
cli-usage-no-platform = (no platform named)
cli-usage-unmatched-items =
    { $items ->
        [one] { $name }: { $items } item
       *[other] { $name }: { $items } items
    }
cli-usage-unmatched-ambiguous =
    { $items ->
        [one] { $name }: { $items } item, ambiguous: { $candidates }
       *[other] { $name }: { $items } items, ambiguous: { $candidates }
    }
cli-usage-removed = removed { $report } { $platform } of { $member } ({ $period }, { $file })
cli-usage-mapped = "{ $name }" now means { $resource }
cli-usage-unmapped = "{ $name }" is no longer mapped
cli-usage-csv-all-members = --format csv writes every member; leave out --member
cli-usage-basis-heading = { $metric }: { $resource }, { $period }
cli-usage-basis-heading-none = { $resource }, { $period }
cli-usage-report-written = wrote the { $year } usage report of { $member } to { $file } ({ $size } KB)
cli-usage-report-written-consortium = wrote the { $year } usage report of the consortium to { $file } ({ $size } KB)
cli-usage-cost-heading = cost per use { $year }, uses: { $metric }
cli-usage-consortium-wide = consortium-wide (the price over all participants' uses):
cli-usage-exported =
    { $count ->
        [one] exported { $count } usage row of { $year } to { $file }
       *[other] exported { $count } usage rows of { $year } to { $file }
    }
cli-col-id = id
cli-col-report = report
cli-col-release = release
cli-col-period = period
cli-col-platform = platform
cli-col-rows = rows
cli-col-file = file
cli-col-resource = resource
cli-col-year = year
cli-col-uses = uses
cli-col-metric = metric
cli-col-total = total
cli-col-outside-membership = outside membership
cli-col-database = database
cli-col-items = items
cli-col-members = members
cli-col-ambiguous-between = ambiguous between
cli-col-deal = deal
cli-col-share = share
cli-col-cost-per-use = cost per use
cli-col-price = price
cli-col-endpoint = endpoint
cli-col-vendor = vendor
cli-col-base-url = base url
cli-col-sends = sends
cli-col-customer-id = customer id
cli-col-requestor-id = requestor id
cli-col-api-key = api key
cli-col-result = result
# konsortio usage sushi and usage harvest. { $reason } is the backend's own English detail.
cli-sushi-endpoint-saved = SUSHI endpoint { $code } at { $url }
cli-sushi-removed =
    { $count ->
        [one] removed SUSHI endpoint { $code } and the credentials of { $count } member
       *[other] removed SUSHI endpoint { $code } and the credentials of { $count } members
    }
cli-sushi-credentials-removed = removed the credentials of { $member } at { $endpoint }
# { $details }: cli-sushi-customer-id, then -requestor-id and -api-key when given, joined by cli-usage-separator.
cli-sushi-credentials = credentials of { $member } at { $endpoint }: { $details }
cli-sushi-customer-id = customer id { $id }
cli-sushi-requestor-id = requestor id { $id }
cli-sushi-api-key = api key { $key }
# After "••••" for a stored key too short to show its last four characters.
cli-sushi-key-set = (set)
cli-sushi-imported =
    { $count ->
        [one] imported the SUSHI credentials of { $count } member
       *[other] imported the SUSHI credentials of { $count } members
    }
cli-sushi-endpoint-heading = { $code }: { $vendor } at { $url }
cli-sushi-platform = platform: { $platform }
cli-sushi-sends = sends: { $fields }
cli-sushi-none = (none)
cli-sushi-asking =
    { $attempt ->
        [1] asking for { $member }'s report
       *[other] asking for { $member }'s report again (attempt { $attempt })
    }
cli-sushi-waiting-member = waiting { $seconds } s for { $member }: { $reason }
cli-sushi-waiting = waiting { $seconds } s: { $reason }
cli-sushi-finished = { $done } of { $total }: { $member } { $status }
cli-sushi-status-imported = imported
cli-sushi-status-no-usage = no usage
cli-sushi-status-queued = queued
cli-sushi-status-not-authorised = not authorised
cli-sushi-status-failed = failed
cli-sushi-status-stopped = stopped
cli-sushi-replaced = replaced { $file }
# Between the parts of a harvest result's detail: "Total_Item_Requests 8844; replaced ...".
cli-sushi-detail-separator = { "; " }
cli-sushi-warning = warning: { $warning }
cli-invoice-title = Invoice
cli-credit-note-title = Credit note
cli-show-dates = issued { $issued }  due { $due }
cli-show-to = To: { $buyer }
cli-show-vat-line = VAT { $category } { $rate }% on { $taxable }: { $tax }
cli-show-totals = Net { $net }  VAT { $vat }  Total { $gross }
cli-show-vat-national = VAT in { $currency }: { $amount }

## The desktop app (ui/): the shell and its navigation

# The native File menu (src-tauri/src/menu.rs), renamed when the language is switched.
menu-file = File
menu-new = New…
menu-open = Open…
menu-open-recent = Open recent
menu-back-up = Save a copy / Back up…
menu-import-file = Import CSV file…
menu-import-folder = Import folder of CSV files…
menu-quit = Quit
menu-recent-none = No recent databases
app-nav-members = Members
app-nav-member-metrics = Member metrics
app-nav-vendors = Vendors
app-nav-resources = Resources
app-nav-licences = Licences
app-nav-licence-terms = Licence terms
app-nav-deals = Deals and offers
app-nav-workbench = Split workbench
app-nav-renewals = Renewals
app-nav-member-view = Member view
app-nav-invoices = Invoices
app-nav-usage = Usage
app-nav-import = Import
app-views = Views
app-language = Language
app-database = Database: { $file }
app-file-menu-hint = File menu: new, open, recent, back up
app-opened = Opened { $path }.
app-created = Created { $path }: it is empty.
app-saved-copy = Saved a copy to { $path }.
app-loaded-demo = Loaded the demo consortium.
app-empty-title = This database is empty.
app-empty-text = Import a folder of CSV files (docs/CSV.md), or load the demo consortium to try things out.
app-import-folder = Import a folder…
app-load-demo = Load the demo consortium
app-export-invoices-title = Export invoices to folder
app-fatal = Konsortio hit an unexpected error: { $message }
dialog-database-files = Konsortio database
dialog-open-database = Open a database
dialog-new-database = New database
dialog-copy-database = Save a copy of the database
dialog-csv-files = CSV file
dialog-pdf-files = PDF document
dialog-counter-files = COUNTER report
dialog-any-file = Any file
dialog-import-counter = Import a COUNTER report
dialog-save-file = Save { $file }

## Tables (DataTable)

table-search = Search
table-search-label = Search { $label }
table-count = { $shown } of { $total }
table-empty = Nothing here yet.
table-no-match = No row matches the search.

## Records: the list and its form

records-new = New
records-undo = Undo
records-undo-title = Undo (Ctrl+Z)
records-save = Save
records-delete = Delete
records-edit = { $title }: edit
records-saved = Saved { $key }.
records-deleted = Deleted { $key }.
records-undone = Undone.
records-confirm-delete = Delete { $key } ({ $name })?
records-choose = Choose a row to edit it, or New to create one.

## Renewals

renewals-title = Renewal calendar
renewals-running =
    { $count ->
        [one] { $count } running licence or deal;
       *[other] { $count } running licences and deals;
    }
renewals-overdue = { $count } past their notice deadline
renewals-show-ended = Show ended ones
renewals-col-notice = Notice by
renewals-col-ends = Ends
renewals-col-kind = Kind
renewals-col-code = Code
renewals-col-title = Title
renewals-col-status = Status
renewals-kind-licence = licence
renewals-kind-deal = deal
renewals-status-ended = Ended
renewals-status-overdue = Notice overdue
renewals-status-upcoming = Upcoming

## Words several views share

common-cancel = Cancel
common-confirm = Confirm
# { $what } names the change taken back, e.g. "deal SD-2426" or "removal of Walk-in users".
common-undid = Undid the { $what }.
common-overwrite = Overwrite
common-overwrite-question = { $path } already exists. Overwrite it?
common-saved-file = Saved { $path }.
# A date range, e.g. a line's period or a report's months.
common-period = { $start } – { $end }

## Record fields, as the tables and forms name them (CSV files keep the field names themselves)

field-code = Code
field-name = Name
field-kind = Kind
field-country = Country
field-city = City
field-address = Address
field-postcode = Postcode
field-vat_id = VAT id
field-language = Language
field-currency = Currency
field-join_date = Joined
field-leave_date = Left
field-email = Email
field-member = Member
field-year = Year
field-metric = Metric
field-value = Value
field-vendor = Vendor
field-platform = Platform
field-counter_platform = COUNTER platform
field-counter_database = COUNTER database
field-resource = Resource
field-title = Title
field-start_date = Start date
field-end_date = End date
field-renewal = Renewal
field-notice_days = Notice (days)
field-governing_law = Governing law
field-jurisdiction = Jurisdiction
field-licence = Licence
field-term = Term
field-note = Note
field-date = Date
field-summary = Summary
field-participation = Participation
field-funder = Funder
field-rule = Funding rule
field-deal = Deal
field-version = Version
field-list_price = List price
field-pricing = Pricing
field-annual_cap_pct = Annual cap %
field-index_pct = Price index %
field-rate = Rate
field-rate_date = Rate date
field-rate_source = Rate source
field-joined = Joined
field-left = Left
field-iban = IBAN
field-bic = BIC
field-payment_days = Payment terms (days)
field-logo = Logo
# Coded values of record fields as the tables show them (files and the forms keep the codes).
value-kind-university = University
value-kind-public = Public library
value-kind-special = Special library
value-kind-school = School library
value-kind-research = Research institution
value-kind-other = Other
value-kind-database = Database
value-kind-ejournals = E-journals
value-kind-ebooks = E-books
value-renewal-automatic = Automatic
value-renewal-explicit = Explicit
value-language-en = English
value-language-fi = Finnish
value-language-sv = Swedish
value-language-tr = Turkish
value-language-zh = Chinese

## The split workbench

workbench-title = Deals and splits
workbench-deal = Deal
workbench-year = Year
workbench-rule = Funding rule (see docs/RULES.md)
workbench-reset-rule = Reset rule
workbench-save-rule = Save rule to deal
workbench-save-rule-title = Make this the deal's funding rule
workbench-finalise = Finalise
workbench-confirm-finalise = Finalise the split of { $deal } for { $year }? A finalised split is frozen and cannot be changed.
workbench-rule-saved = Saved the rule of { $deal }: { $rule }.
workbench-rule-undone = Undone: { $deal }'s rule is { $rule } again.
workbench-price = Price to split
workbench-funder-pays = Funder pays
workbench-sum = Members pay + funder
workbench-list-price = List price
workbench-participants = Participants
workbench-status = Status
# { $at }: when and by whom, as the backend gives it.
workbench-finalised = Finalised { $at }
workbench-draft = Draft
workbench-draft-unsaved = Draft (rule not saved)
workbench-shares = Shares
workbench-col-member = Member
workbench-col-name = Name
workbench-col-pays = Pays
workbench-col-funder-pays = Funder pays
workbench-col-notional = Notional share
workbench-col-last-year = Last year
workbench-col-change = Change
workbench-explanation = Explanation
workbench-why = Why { $member } pays what it pays
workbench-click-member = Click a member to see how its share is computed.

## Comparing rules (under the workbench)

compare-title = Compare rules
compare-rule-a = A: the rule above
# { $rule } is a letter: A, B, C...
compare-rule = Rule { $rule }
compare-rule-placeholder = e.g. central: 50%; shared: fte
compare-remove-rule = Remove rule { $rule }
compare-add-rule = Add a rule
compare-run = Compare
compare-comparing = Comparing…
compare-one-more = Type at least one more rule to compare with.
compare-col-member = Member
compare-col-name = Name
compare-col-last-year = Last year
compare-col-standalone = Stand-alone
compare-col-pays = { $rule } pays
compare-col-vs-last = { $rule } vs last year
compare-col-vs-standalone = { $rule } vs stand-alone
compare-members-pay = members pay
compare-funder = funder { $amount }
compare-rising =
    { $count ->
        [one] { $count } pays more than last year
       *[other] { $count } pay more than last year
    }
compare-list-price = Stand-alone (list) price
compare-show = Show
compare-show-pays = What each member pays
compare-show-last = … and the change vs last year
compare-show-list = … and the change vs the stand-alone price
compare-table = Comparison
compare-chart-pays = Chart: what each member pays
compare-chart-last = Chart: what each member pays more or less than last year
compare-chart-list = Chart: what each member pays more or less than the stand-alone price
compare-chart-aria-pays = What each member pays under rules { $rules }
compare-chart-aria-last = What each member pays more or less than last year under rules { $rules }
compare-chart-aria-list = What each member pays more or less than the stand-alone price under rules { $rules }
compare-none-last = No member has a share from last year to compare with.
compare-none-list = No stand-alone price is known to compare with.
compare-bar-title = { $member } under { $rule }: { $amount }
compare-chart-first = The chart shows the first { $shown } of { $count } members in the table's order: sort or search the table to choose them.

## Licence terms (ERMI-style terms and the permission values)

terms-title = Licence terms
terms-tab-one = Terms of a licence
terms-tab-compare = Compare licences
terms-licence = Licence
terms-recorded = { $recorded } of { $count } terms recorded. Click a term to change it.
terms-no-licences = No licences yet: add one under Licences, or import licences.csv and licence_terms.csv.
terms-of = Terms of { $licence }
terms-term = Term
terms-value = Value
terms-note = Note
terms-note-label = Note (clause, interpretation)
terms-edit = Edit { $term }
terms-save = Save term
terms-remove = Remove
terms-values = Values
terms-values-hint = Explicit: the licence says so. Interpreted: read from wording that does not say it outright. Silent: the licence does not address it.
terms-not-recorded = Not recorded
terms-saved = Saved { $term } of { $licence }.
terms-confirm-remove = Remove { $term } from { $licence }? It will show as not recorded.
terms-removed = Removed { $term } from { $licence }.
# What Undo takes back, inside common-undid ("Undid the ...").
terms-undo-save = { $term } of { $licence }
terms-undo-remove = removal of { $term }
terms-to-compare = Licences to compare
terms-only-differences = Only the terms that differ
terms-choose-two = Choose two or more licences.
terms-differ = { $differing } of { $count } terms differ.
terms-compared = Licence terms compared
terms-differs = differs
terms-agree = The chosen licences agree on every term.
term-walk_in_users = Walk-in users
term-remote_access = Remote access
term-alumni_access = Alumni access
term-ill_print = Interlibrary loan: print
term-ill_electronic = Interlibrary loan: electronic
term-ill_secure_electronic = Interlibrary loan: secure electronic
term-course_packs = Course packs
term-e_reserves = E-reserves
term-scholarly_sharing = Scholarly sharing
term-text_data_mining = Text and data mining
term-perpetual_access = Perpetual access
term-post_cancellation_access = Post-cancellation access
term-archiving_rights = Archiving rights
term-confidentiality = Confidentiality clause
term-annual_opt_out = Annual opt-out
term-accessibility_compliance = Accessibility compliance
term-open_access_publishing = Open-access publishing
term-authorised_users = Authorised users
term-concurrent_users = Concurrent users
term-usage_statistics = Usage statistics
term-authentication = Authentication
permission-permitted_explicit = Permitted (explicit)
permission-permitted_interpreted = Permitted (interpreted)
permission-prohibited_explicit = Prohibited (explicit)
permission-prohibited_interpreted = Prohibited (interpreted)
permission-silent = Silent
permission-not_applicable = Not applicable

## Deals: the deal, its offer versions and its participants

deals-title = Deals
deals-new = New deal
deals-empty = No deals yet: New deal creates one, or import deals.csv.
deals-open-workbench = Open in the split workbench
deals-parts = Deal parts
deals-tab-deal = Deal
deals-tab-offers = Offer versions ({ $count })
deals-tab-participants = Participants ({ $count })
deals-tab-participants-all = Participants (all)
deals-open = Open: members opt in
deals-closed = Closed: every current member takes part
deals-starts = Starts
deals-ends = Ends
deals-funder = Central funder (optional)
deals-funder-placeholder = Who pays the central part, if anyone
deals-rule = Funding rule (docs/RULES.md)
# { $example } is a rule shown as code.
deals-rule-hint = For example { $example }. Try rules live in the split workbench.
deals-create = Create deal
deals-save = Save deal
deals-delete = Delete deal
deals-choose = Choose a deal, or New deal to enter one.
deals-saved = Saved deal { $code }.
deals-deleted = Deleted deal { $code }.
deals-confirm-delete = Delete deal { $code } ({ $title })?
deals-undo-save = deal { $code }
deals-undo-delete = deletion of { $code }
offers-versions = Offer versions
offers-empty = No offer yet: New version enters the vendor's first offer.
offers-new = New version
offers-new-from = New version (from v{ $version })
offers-highest = The split uses the highest version.
offers-highest-is = The split uses the highest version: v{ $version } of { $date }.
offers-version = Offer version { $version }
offers-list-price = List price (stand-alone)
offers-price = Price
offers-kind-total = One total price
offers-kind-tiers = Total price by number of participants
offers-kind-per-site = Price per site by number of participants
offers-total = Total ({ $currency })
offers-from = From participants
offers-total-price = Total price ({ $currency })
offers-price-per-site = Price per site ({ $currency })
# { $n }: the tier's or index row's place, 1, 2, 3...
offers-tier-from = Tier { $n }: from participants
offers-tier-amount = Tier { $n }: amount
offers-remove-tier = Remove tier { $n }
offers-add-tier = Add tier
# Tiers in words, joined by "; ": "1–9 participants: 80000 EUR in all; 10 or more participants: 95000 EUR in all".
offers-tier-range = { $from }–{ $to } participants
offers-tier-exact =
    { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
offers-tier-or-more = { $from } or more participants
offers-tier-in-all = { $range }: { $amount } { $currency } in all
offers-tier-per-site = { $range }: { $amount } { $currency } per site
offers-multi-year = Multi-year
offers-cap = Annual cap (%)
offers-index = Price index per year (%): each year's rise, at most the cap
offers-index-year = Index { $n }: year
offers-index-pct = Index { $n }: percent
offers-remove-index = Remove index { $n }
offers-year = Year
offers-add-year = Add year
offers-exchange-rate = Exchange rate ({ $from } to { $to })
offers-rate = { $to } per 1 { $from }
offers-rate-source-placeholder = e.g. ECB reference rate
offers-note-placeholder = What changed in this version
offers-save-version = Save version { $version }
offers-save-changes = Save changes
offers-delete = Delete version
offers-saved = Saved offer version { $version } of { $deal }.
offers-deleted = Deleted offer version { $version }.
offers-confirm-delete = Delete offer version { $version } of { $deal }?
offers-undo-save = offer version { $version }
offers-undo-delete = deletion of offer version { $version }
participants-closed = { $deal } is a closed deal: every current member takes part, for as long as it is a member. To choose the participants, make it open on the Deal tab.
participants-search = Search members
participants-show = Show
participants-all = All members
participants-in = Taking part
participants-out = Not taking part
participants-check-all = Check all { $count } shown
participants-uncheck-all = Uncheck all shown
participants-taking-part = { $taking } of { $count } members take part. Leave the dates empty for the whole period; a member that joins or leaves during it pays pro rata.
participants-of = Participants of { $deal }
participants-joined = Joined (YYYY-MM-DD)
participants-takes-part = { $member } { $name } takes part
participants-joined-of = { $member } joined
participants-left-of = { $member } left
participants-from-start = from the start
participants-to-end = to the end
participants-no-match = No member matches.
participants-saving = Saving…
participants-save = Save participants
participants-save-changes =
    { $count ->
        [one] Save participants ({ $count } change)
       *[other] Save participants ({ $count } changes)
    }
participants-discard = Discard changes
participants-added = { $count } added
participants-removed = { $count } removed
participants-redated = { $count } with new dates
# { $changes }: participants-added, -removed, -redated joined by commas.
participants-saved = Saved the participants of { $deal }: { $changes }.
participants-undo = participant changes of { $deal }
participants-not-a-date = { $member }: { $field } '{ $value }' is not a date (YYYY-MM-DD)
participants-left-before-joined = { $member }: left { $left } is before joined { $joined }
participants-joins-after-end = { $member }: joins { $joined }, after the deal ends ({ $end })
participants-leaves-before-start = { $member }: leaves { $left }, before the deal starts ({ $start })

## Import of CSV files

import-title = Import
import-hint = CSV files with the columns docs/CSV.md describes (UTF-8, a header row). An import stores all its records or none of them; a folder is one transaction. Records with the same key are replaced.
import-file-aria = Import a CSV file
import-file-title = One CSV file
import-choose-file = Choose file…
import-no-file = No file chosen
import-kind = Records in the file
import-run = Import
import-folder-aria = Import a folder
import-folder-title = Import a folder of CSV files
import-folder-heading = A folder of CSV files
import-folder-hint = Files named after what they hold: consortium.csv, members.csv, deals.csv, offers.csv, … Missing files are skipped.
import-choose-folder = Choose folder and import…
import-importing = Importing { $what }… { $seconds } s
import-progress = Importing
import-busy-hint = The window stays usable; other views wait for the import to finish before they read.
import-imported =
    { $count ->
        [one] Imported { $count } record:
       *[other] Imported { $count } records:
    }
# { $kind }: one of import-kind-*, in lower case.
import-imported-kind = { $count } { $kind }
import-nothing = Nothing was imported.
import-where-file = File
import-where-line = Line
import-where-field = Field
import-kind-consortium = The consortium
import-kind-funders = Funders
import-kind-vat_rates = VAT rates
import-kind-exchange_rates = Exchange rates
import-kind-vendors = Vendors
import-kind-resources = Resources
import-kind-members = Members
import-kind-member_metrics = Member metrics
import-kind-licences = Licences
import-kind-licence_terms = Licence terms
import-kind-licence_amendments = Licence amendments
import-kind-deals = Deals
import-kind-offers = Offers
import-kind-participations = Participations

## Invoices and credit notes

invoices-title = Invoices
invoices-export-format = Export format
invoices-format-csv = Accounting CSV (invoices + lines)
invoices-format-ubl = E-invoices (UBL 2.1 XML)
invoices-format-pdf = PDF documents
invoices-export = Export…
invoices-exporting = Exporting
invoices-overwrite = { $file } already exists (there may be others). Overwrite the files of this export in { $dir }?
invoices-exported-csv = Exported invoices.csv and invoice_lines.csv to { $dir }.
invoices-exported-ubl =
    { $count ->
        [one] Exported { $count } e-invoice to { $dir }.
       *[other] Exported { $count } e-invoices to { $dir }.
    }
invoices-exported-pdf =
    { $count ->
        [one] Exported { $count } PDF to { $dir }.
       *[other] Exported { $count } PDFs to { $dir }.
    }
invoices-year = Year
invoices-deal = Deal
invoices-all-deals = All deals with a finalised split
invoices-whom = Whom to invoice
invoices-mode-per_member = Each member, one invoice per deal
invoices-mode-consolidated = Each member, one invoice for all its deals
invoices-mode-funder = Each deal's funder, for its part
invoices-issue-date = Issue date
invoices-explain = Attach how each share was computed
invoices-issue = Issue invoices
invoices-preview = Preview
invoices-preview-title = Drafts for review
invoices-preview-count =
    { $count ->
        [one] { $count } invoice would be issued.
       *[other] { $count } invoices would be issued.
    }
invoices-preview-hint = Nothing is numbered or stored until you issue them.
invoices-preview-left-out =
    { $count ->
        [one] { $count } share already invoiced is left out.
       *[other] { $count } shares already invoiced are left out.
    }
invoices-preview-total =
    { $count ->
        [one] Total in { $currency } ({ $count } invoice)
       *[other] Total in { $currency } ({ $count } invoices)
    }
invoices-status-draft = draft
invoices-preview-sum = { $total }: { $amount }
# { $whom }: one of invoices-mode-*, in lower case.
invoices-confirm-issue-deal = Issue the invoices of the { $year } split of { $deal } ({ $whom }), dated { $date }? Issued invoices are numbered for good; they can only be credited.
invoices-confirm-issue-all = Issue the invoices of every finalised split of { $year } ({ $whom }), dated { $date }? Issued invoices are numbered for good; they can only be credited.
invoices-drafting = Drafting the invoices
invoices-issuing = Issuing invoices
invoices-progress = { $what }: { $done } of { $total }
# { $range } is invoices-issued-range or -single or nothing; { $left } is invoices-left-out or nothing.
invoices-issued =
    { $count ->
        [one] Issued { $count } invoice{ $range }{ $left }.
       *[other] Issued { $count } invoices{ $range }{ $left }.
    }
invoices-issued-range = : { $first } to { $last }
invoices-issued-single = : { $number }
invoices-left-out =
    { $count ->
        [one] ; { $count } share already invoiced was left out
       *[other] ; { $count } shares already invoiced were left out
    }
invoices-register = Invoice register
invoices-empty = No invoices yet. Finalise a split, then issue its invoices above.
invoices-col-number = Number
invoices-col-issued = Issued
invoices-col-due = Due
invoices-col-recipient = Recipient
invoices-col-currency = Currency
invoices-col-gross = Gross
invoices-col-paid = Paid
invoices-col-credited = Credited
invoices-col-status = Status
invoices-status-issued = issued
invoices-status-partly-paid = partly paid
invoices-status-paid = paid
invoices-status-credited = credited
invoices-status-credit-note = credit note
invoices-credits = credits { $number }
invoices-invoice = Invoice { $number }
invoices-credit-note = Credit note { $number }
invoices-meta = Issued { $issued } · due { $due } · payment reference { $reference }
invoices-meta-credit = Issued { $issued } · credits invoice { $number } of { $date }
invoices-lines = Lines
invoices-description = Description
invoices-period = Period
invoices-vat = VAT
invoices-net = Net
invoices-share = Share { $amount }
invoices-how = How this share was computed
invoices-vat-breakdown = VAT breakdown
invoices-rate = Rate
invoices-taxable = Taxable
invoices-total = Total
invoices-vat-S = Standard rate
invoices-vat-Z = Zero rate
invoices-vat-E = Exempt
invoices-vat-AE = Reverse charge
invoices-vat-K = Intra-community supply
invoices-vat-G = Export outside the EU
invoices-vat-O = Outside the scope of VAT
invoices-converted = Converted at 1 { $from } = { $rate } { $to } ({ $source }, { $date })
invoices-vat-national = ; VAT in { $currency }: { $amount }
invoices-bill-to = Bill to
invoices-vat-id = VAT id { $id }
invoices-payments = Payments
invoices-no-payments = None recorded.
invoices-still-due = Still due
invoices-credit = Credit…
invoices-record-payment-open = Record payment…
invoices-credit-form = Credit
invoices-credit-which = Credit which lines?
invoices-credit-all = All lines not yet credited
invoices-credit-chosen = Chosen lines
invoices-credit-choose-line = Choose at least one line to credit.
invoices-credit-date = Credit note date
invoices-credit-issue = Issue credit note
invoices-confirm-credit-all = Issue a credit note for every line not yet credited of { $number } ({ $buyer })? A credit note is numbered for good.
invoices-confirm-credit =
    { $count ->
        [one] Issue a credit note for { $count } line of { $number } ({ $buyer })? A credit note is numbered for good.
       *[other] Issue a credit note for { $count } lines of { $number } ({ $buyer })? A credit note is numbered for good.
    }
invoices-credited = Issued credit note { $number } for { $amount }.
invoices-record-payment = Record payment
invoices-payment-date = Payment date
invoices-amount = Amount ({ $currency })
invoices-reference = Reference (optional)
invoices-paid = Recorded a payment of { $amount }; { $number } is { $status }.
invoices-choose = Choose an invoice to see its lines, VAT and payments.

## One member's view

member-view-member = Member
member-view-statement-year = Statement year
member-view-statement = Statement PDF…
member-view-pays = { $year } pays
member-view-table = Member shares
member-view-col-year = Year
member-view-col-deal = Deal
member-view-col-title = Title
member-view-col-pays = Pays
member-view-col-funder-pays = Funder pays
member-view-col-change = Change
member-view-col-status = Status
member-view-col-uses = Uses
member-view-col-cost-per-use = Cost per use
member-view-finalised = Finalised
member-view-draft = Draft
member-view-usage-note = Uses are Unique_Item_Requests from the member’s imported COUNTER reports, in the split’s months.

## Usage: COUNTER reports, vendors' names, cost per use

usage-title = Usage
usage-intro = COUNTER reports per member, the vendor names they use, and cost per use of finalised shares.
usage-tab-reports = Reports
usage-tab-names = Names and mappings
usage-tab-cost = Cost per use
usage-import-title = Import a COUNTER file
usage-import-hint = Release 5.1, 5 or 4; TSV, CSV, Excel or SUSHI JSON. The file is checked first and imported whole or not at all; the same report again replaces the earlier import.
usage-member = Member
usage-choose-file = Choose COUNTER file…
usage-no-file = No file chosen
usage-reading = Reading { $file }
usage-importing = Importing { $file } for { $member }
usage-elapsed = { $what }… { $seconds } s
usage-busy-hint = The window stays usable while the file is read.
usage-file-is = What the file holds
usage-release = Release
usage-report = Report
usage-institution = Institution
usage-period = Period
usage-created = Created
usage-exceptions = Exceptions
usage-none = none
usage-not-given = (not given)
usage-rows-items = { $rows } rows, { $items } items
usage-metric = Metric
usage-total = Total
usage-import-for = Import for { $member }
usage-imported = Imported { $file } for { $member }.
usage-replaced = Replaced the earlier import of { $files }.
usage-matched = Matched: { $list }.
usage-matched-rows =
    { $rows ->
        [one] { $resource } ({ $rows } row)
       *[other] { $resource } ({ $rows } rows)
    }
usage-matched-nothing = Matched no resource.
usage-unmatched-after-import =
    { $count ->
        [one] { $count } name matched no resource: map it under “Names and mappings”.
       *[other] { $count } names matched no resource: map them under “Names and mappings”.
    }
usage-outside = Some counts fall outside the membership: they are kept but left out of cost per use.
usage-nothing-imported = Nothing was imported.
usage-imports-title = Imported reports
usage-imports-col-member = Member
usage-imports-col-release = Release
usage-imports-col-report = Report
usage-imports-col-period = Period
usage-imports-col-platform = Platform
usage-imports-col-rows = Rows
usage-imports-col-totals = Totals
usage-imports-col-file = File
usage-imports-empty = No COUNTER report imported yet: choose a member and a file above.
usage-delete-report = Delete report…
usage-confirm-delete = Delete the { $report } report of { $member } for { $period } ({ $file })? Cost per use and usage bases will no longer count it. This cannot be undone here: import the file again to restore it.
usage-deleted = Deleted the { $report } report of { $member }.
usage-unmatched-title = Names that matched no resource
usage-unmatched-hint = A vendor’s platform or database name that no resource’s COUNTER names match. Map it once; the mapping is remembered and applies to reports imported before and after.
usage-unmatched-empty = Every name in the imported reports matches a resource.
usage-unmatched-col-platform = Platform
usage-unmatched-col-database = Database
usage-unmatched-col-items = Items
usage-unmatched-col-members = Members
usage-unmatched-col-ambiguous = Ambiguous between
usage-unmatched-col-resource = Means resource
usage-resource-for = Resource for { $name }
usage-choose-resource = Choose a resource…
usage-map = Map
usage-map-label = Map { $name }
usage-mapped = “{ $name }” now means { $resource }.
usage-pick-resource-first = Choose the resource this name means.
usage-undo-map = mapping of “{ $name }”
usage-undo-unmap = unmapping of “{ $name }”
usage-mappings-title = Mappings
usage-mappings-empty = No mapping yet: names are matched by the resources’ COUNTER platform and database names.
usage-mappings-col-name = Vendor’s name
usage-mappings-col-resource = Resource
usage-unmap = Unmap
usage-unmap-label = Unmap { $name }
usage-unmapped = “{ $name }” is no longer mapped.
usage-year = Year
usage-metric-label = Counted as a use
usage-only-used = Only shares with imported usage
usage-cost-col-member = Member
usage-cost-col-name = Name
usage-cost-col-resource = Resource
usage-cost-col-deal = Deal
usage-cost-col-share = Share
usage-cost-col-uses = Uses
usage-cost-col-cost-per-use = Cost per use
usage-cost-col-consortium = Consortium-wide
usage-cost-empty = No finalised share of { $year } has imported usage: import COUNTER reports for its members (Reports), or choose another year.
usage-cost-empty-all = No split of { $year } is finalised yet: finalise one in the split workbench, or choose another year.
usage-consortium-title = Consortium-wide (the deal’s price over all participants’ uses)
usage-consortium-col-resource = Resource
usage-consortium-col-name = Name
usage-consortium-col-deal = Deal
usage-consortium-col-price = Price
usage-consortium-col-uses = Uses
usage-consortium-col-cost-per-use = Cost per use
usage-consortium-table = Consortium-wide cost per use
usage-resource = Resource
usage-rank-title = Members ranked by cost per use: { $resource }, { $year }
usage-rank-aria = Members ranked by cost per use of { $resource }, highest first
usage-rank-empty = No member has uses of this resource in the year.
usage-rank-more = The { $shown } highest of { $count } members.
usage-consortium-line = consortium-wide
usage-trend-title = Cost per use over the years: { $resource }
usage-trend-member = Member in the trend
usage-trend-consortium-only = The consortium only
usage-trend-aria = Cost per use of { $resource } by year
usage-trend-empty = No year has both a finalised share and imported usage of this resource.
usage-trend-loading = Computing the years…
usage-export-title = Files
usage-export-csv = Export usage CSV…
usage-export-pdf = Usage report PDF…
usage-pdf-for = PDF for
usage-the-consortium = The consortium


## Errors by the code the backend sends ({ $message } is the backend's detail, already in the
## reader's language: see the err- messages below)

error-input = { $message }
error-file = { $message }
error-exists = { $message }
error-not_found = { $message }
error-split = { $message }
error-invalid = { $message }
error-invoice = { $message }
error-usage = { $message }
error-pdf = { $message }
error-schema_too_new = { $message }
error-frozen = { $message }
error-referenced = { $message }
error-store = { $message }

## What is wrong, in words (decision 46): the backend's errors as sentences with values.
## An error that says where (a file's line, a record's field, a deal's year) carries what
## is wrong inside it as { $detail }, already in the reader's language. Values the user typed
## ({ $value }) are shown as typed; field and column names (join_date) stay as the CSV writes
## them. Each English message says what the Rust error's English text says (a test in
## tests/errors.rs checks it).
err-at-line = { $file } line { $line }, field '{ $field }': { $detail }
err-at-field = { $file }, field '{ $field }': { $detail }
err-in-file = { $file }: { $detail }
err-exists = { $file } already exists; not overwritten (use --force, or choose another folder)
err-record = { $kind }, field '{ $field }': { $detail }
err-record-key = { $key }: { $detail }
err-not-found = no { $kind } '{ $key }'
err-deal-year = { $deal } { $year }: { $detail }
err-scenario = scenario '{ $scenario }': { $detail }
err-party = { $party }: { $detail }
err-field-empty = is empty
err-field-code = '{ $value }' is not a code (letters, digits, - _ .)
err-field-date = '{ $value }' is not a date (YYYY-MM-DD)
err-field-number = '{ $value }' is not a number
err-field-negative = { $value } is negative
err-field-positive = { $value } is not positive
err-field-whole = '{ $value }' is not a whole number
err-field-country = '{ $value }' is not an ISO 3166 country code like FI
err-field-one-of = '{ $value }' is not one of { $allowed }
err-field-kind-or-any = '{ $value }' is not * or one of { $allowed }
err-field-before = is before { $other }
err-field-year = { $year } is not a plausible year
err-field-derived-metric = '{ $value }' is derived from imported COUNTER reports and cannot be entered (docs/RULES.md)
err-field-users = '{ $value }' is not a number of users or 'unlimited'
err-metric-name = '{ $value }' is not a metric name (lower-case letters, digits and _)
err-vat-category = '{ $value }' is not a VAT category ({ $allowed })
err-vat-rate-zero = must be above 0 for category S
err-vat-rate-not-zero = must be 0 for this category
err-vat-rate-100 = { $value } is not a percentage below 100
err-vat-reason-translated = is a translation of the reason: give the reason itself in the column 'reason' too
err-vat-reason-required = is required for category { $category }: the invoice must say why no VAT is charged
err-fx-rate-zero = must be above 0
err-fx-same-currency = is the same currency as from_currency ({ $currency })
err-vat-id-prefix = '{ $value }' does not start with { $prefix }
err-vat-id-eu = '{ $value }' is not a VAT number ({ $prefix } then 2 to 13 letters or digits)
err-vat-id-fi = '{ $value }' is not a Finnish VAT number (FI and 8 digits)
err-vat-id-other = '{ $value }' is not a tax number (5 to 20 letters, digits or dashes)
err-money-currency = unknown currency code '{ $value }' (expected an ISO 4217 code such as EUR)
err-money-mismatch = cannot combine { $left } and { $right }: amounts in different currencies
err-money-not-amount = '{ $value }' is not a decimal amount
err-money-too-precise = { $amount } has more decimals than { $currency } allows ({ $decimals })
err-money-overflow = amount out of range
err-rule = rule clause '{ $clause }': { $detail }
err-rule-no-colon = expected 'name: value'
err-rule-no-member = expected a member code after '@'
err-rule-member-clause = '{ $value }@' is not a clause; use floor@ or ceiling@
err-rule-unknown-clause = unknown clause '{ $value }' (see docs/RULES.md)
err-rule-central-over = a funder cannot pay more than 100%
err-rule-needs-percent = '{ $value }' needs a percentage, like '40% { $value }'
err-rule-years = '{ $value }' is not a number of years
err-rule-average = an average runs over 1 to 10 years
err-rule-basis = '{ $value }' is not a basis: use equal, a metric, 'METRIC avg N' or 'bands METRIC (...)'
err-rule-band-list = bands need a list: bands fte (0=1, 5000=2)
err-rule-band-end = the band list must end with ')'
err-rule-band-item = band '{ $value }' should be FROM=WEIGHT
err-rule-band-order = band lower bounds must increase
err-rule-band-zero = the first band must start at 0 so that every member falls in a band
err-rule-mix = the component percentages add up to { $total }, not 100%
err-rule-fixed-item = '{ $value }' should be MEMBER=AMOUNT
err-rule-fixed-twice = member '{ $value }' is missing or given twice
err-rule-prorata = '{ $value }' is not months, days or none
err-rule-publish = the step must divide 100% (for example 0.1% or 0.01%)
err-rule-year = '{ $value }' is not a year
err-rule-percent = '{ $value }' should end with %
err-rule-number = '{ $value }' is not a non-negative number
err-pricing = '{ $pricing }' is not a pricing: { $detail }
err-pricing-shape = expected 'total AMOUNT' or 'per-site FROM=AMOUNT, ...'
err-pricing-kind = it must start with 'total' or 'per-site'
err-pricing-tier = tier '{ $value }' should be FROM=AMOUNT
err-pricing-count = '{ $value }' is not a participant count
err-pricing-tier-order = tier counts must increase
err-pricing-tier-zero = the first tier starts at 1 participant or more
err-pricing-positive = { $value } is not a positive amount
err-pricing-too-few = the deal needs at least { $needed } participants and has { $have }: it falls through
err-pricing-no-rate = the offer is in { $offer } and the consortium works in { $consortium }: the offer needs an exchange rate
err-pricing-year-before = the offer starts in { $first }; there is no price for { $year }
err-pricing-not-positive = a price must be positive, got { $value }
err-index-item = '{ $value }' should be YEAR=PERCENT
err-period-shape = '{ $value }' should be START..END
err-period-order = '{ $value }' ends before it starts
err-split-no-participants = the deal has no participants
err-split-twice = member { $member } takes part twice
err-split-outside = member { $member } does not take part in { $start }..{ $end } (it takes part from { $from } to { $to })
err-split-open-start = the start
err-split-open-end = the end
err-split-unknown-member = the rule names member { $member } in '{ $clause }', but it does not take part
err-split-missing-metric = member { $member } has no '{ $metric }' for { $year }
err-split-negative-metric = member { $member } has a negative '{ $metric }' ({ $value }) for { $year }
err-split-zero-weights = the weights of '{ $basis }' add up to zero: no participant has a positive value, so nothing can be shared by it
err-split-fixed-exceed = the fixed amounts add up to { $fixed }, more than the { $amount } to share
err-split-all-fixed = every participant has a fixed amount, adding up to { $fixed }, but { $amount } must be shared
err-split-flat-exceed = the flat fees add up to { $fees }, more than the { $amount } left to share
err-split-weights-large = the weights of '{ $basis }' are too large or have too many decimals to weigh exactly
err-split-bounds = impossible bounds: { $detail }
err-split-bounds-crossed = member { $member } has a floor of { $floor } above its ceiling of { $ceiling }
err-split-floors-high = the floors add up to { $floors }, more than the { $pool } to share
err-split-ceilings-low = the ceilings add up to { $ceilings }, less than the { $pool } to share
err-split-too-large = { $amount } is more than a split can hold: amounts are kept in minor units up to 9223372036854775807
err-split-too-precise = rule amount { $amount } has more decimals than { $currency } allows
err-deal-not-in-year = deal { $deal } runs { $start }..{ $end }, not in { $year }
err-deal-no-offer = deal { $deal } has no offer yet: import offers.csv
err-csv-unknown-column = unknown column (expected: { $expected })
err-csv-missing-column = missing column
err-csv-empty = is empty: expected a header row
err-csv-row-length = has { $found } fields where the header has { $expected }
err-csv-utf8 = is not valid UTF-8 text
err-csv-duplicate-key = duplicate key '{ $key }' (first on line { $first })
err-no-such-code = no { $kind } with code '{ $code }'
err-no-record = { $kind } has no record { $key }
err-delete-referred = { $kind } '{ $key }' cannot be deleted: { $referrers } refer to it
err-referrer = { $count } { $table }
err-and = { $first } and { $rest }
err-table-resources = resources
err-table-member-metrics = member metrics
err-table-licences = licences
err-table-licence-terms = licence terms
err-table-licence-amendments = licence amendments
err-table-deals = deals
err-table-offers = offers
err-table-participations = participations
err-table-usage-imports = usage imports
err-demo-not-empty = { $path } already holds a consortium; the demo loads only into an empty database
err-invoice-address = { $party } has no { $field }: an invoice needs the buyer's and the seller's full billing address
err-address-street = street address
err-address-postcode = postcode
err-address-city = city
err-invoice-vat-id = { $party } has no VAT id, which a reverse-charge invoice must show
err-invoice-bad-vat-id = { $party }'s VAT id is not valid: { $detail }
err-invoice-no-vat-rate = no VAT rate for { $kind } sold to a buyer in { $country } on { $date }: add one to vat_rates
err-invoice-no-fx = no exchange rate from { $from } to { $to } on or before { $date }: add one to exchange_rates
err-invoice-nothing = { $party } has nothing to invoice
err-invoice-all-credited = every line of { $number } is already credited
err-invoice-not-creditable = line { $line } is not on the invoice or is already credited
err-invoice-meanwhile = { $party } was invoiced by someone else meanwhile: run the batch again
err-credit-a-credit-note = { $number } is a credit note; only invoices are credited
err-invoice-not-final = the split of { $deal } for { $year } is not finalised: finalise it before invoicing
err-invoice-none-final = no split of { $year } is finalised: nothing to invoice
err-funder-no-details = funder '{ $funder }' has no billing details: add it to funders (name, address, country, ...)
err-payment-amount = { $amount } is not between 0 and the { $due } still due on { $number }
err-pdf-uncovered = no bundled font has the character '{ $character }' (U+{ $code }) in "{ $text }": change the text, or add a font that covers it to konsortio-pdf
err-store-too-new = this database was written by a newer Konsortio (schema version { $found }); this version reads up to { $supported }: please update Konsortio
err-store-frozen = the split of { $deal } for { $year } is finalised and frozen
err-store-bad-record = stored { $kind } '{ $key }' cannot be read: field '{ $field }': { $detail }
err-store-referenced = { $kind } '{ $key }' is still referred to (by a finalised split or another record) and cannot be deleted
err-store-no-invoice = there is no invoice numbered { $number }
err-harvest-queued = still queued after { $attempts } attempts ({ $exceptions }); harvest again later
err-harvest-no-usage = the report lists no usage
err-harvest-stopped = not asked: the harvest was stopped
## A vendor's COUNTER file that cannot be read: where ({ $at }: the file, its row and column
## or a JSON pointer), then what is wrong. Values in "…" are as the file has them; the
## reasons of a JSON or CSV reader and of the system ({ $reason }) stay as they come.
err-counter = { $at }: { $detail }
err-counter-row = { $file }, row { $row }
err-counter-cell = { $file }, row { $row }, column { $column }
err-counter-cell-heading = { $file }, row { $row }, column { $column } ({ $heading })
err-counter-pointer = { $file }, at { $pointer }
err-counter-empty = the file is empty
err-counter-no-title = not a COUNTER report: "{ $value }" is no report title
err-counter-no-report-header = not a COUNTER report: no Report_Header in the JSON document
err-counter-first-cell = not a COUNTER report: row { $row } starts with "{ $value }", not Report_Name nor an R4 report title
err-counter-format-text = unsupported file format: not TSV or CSV text
err-counter-format-xls = unsupported file format: legacy Excel .xls: save it as .xlsx, CSV or TSV
err-counter-release = unknown or unsupported COUNTER release "{ $value }" (supported: 5.1, 5, 4)
err-counter-report = unknown or unsupported report "{ $value }"
err-counter-header-label = unknown header row "{ $value }"
err-counter-header-missing = the header lacks { $name }
err-counter-header-twice = the header gives { $name } twice
err-counter-header-value = { $field } has an unreadable value "{ $value }"
err-counter-no-headings = the file ends before the column headings row (truncated?)
err-counter-column-missing = the column headings lack { $name }
err-counter-column-twice = column "{ $name }" appears twice
err-counter-month = "{ $value }" is not a month heading
err-counter-month-outside = month { $month } lies outside the reporting period { $begin } to { $end }
err-counter-month-twice = month { $month } appears twice for the same item and metric
err-counter-not-count = "{ $value }" is not a count
err-counter-negative = negative count "{ $value }"
err-counter-too-large = count "{ $value }" is too large
err-counter-metric = unknown metric type "{ $value }"
err-counter-short-row = the row has { $found } cells where the headings have { $expected } (truncated?)
err-counter-no-heading = a value "{ $value }" stands in a column without heading
err-counter-total = Reporting_Period_Total is { $stated } but the months add up to { $months }
err-counter-totals-row = the totals row gives { $stated } for { $metric } but the rows add up to { $rows }
err-counter-truncated = the file ends in the middle (truncated?)
err-counter-encoding = text is not valid UTF-8
err-counter-malformed = malformed text: { $reason }
err-counter-json = malformed JSON: { $reason }
err-counter-json-shape = unexpected JSON: { $reason }
err-counter-xlsx = unreadable Excel workbook: { $reason }
err-counter-xlsx-no-sheet = unreadable Excel workbook: the workbook has no worksheet
err-counter-io = read failed: { $reason }
err-counter-exceptions = the SUSHI server answered with exceptions instead of a report: { $exceptions }
## SUSHI: a request or a harvest that failed (the server's exceptions and the connection's
## words come as they came, redacted), a field of the endpoint and credentials forms, sushi.csv.
err-sushi-report-id = '{ $value }' is not a COUNTER Release 5 report id (TR_J1, DR, PR...)
err-sushi-from = --from '{ $value }' is not a month (YYYY-MM)
err-sushi-to = --to '{ $value }' is not a month (YYYY-MM)
err-sushi-period = the period { $begin } to { $end } ends before it begins
err-sushi-url-scheme = endpoint { $endpoint }: base URL '{ $url }' does not begin with https:// or http://
err-sushi-url-host = endpoint { $endpoint }: base URL '{ $url }' has no host
err-sushi-url-query = endpoint { $endpoint }: base URL '{ $url }' has a query, a fragment or spaces; give the URL the /reports paths hang off
err-sushi-missing-credential = { $endpoint }: the credentials lack { $field }, which this endpoint wants
err-sushi-unauthorised = { $endpoint }: not authorised: { $exceptions }; check the member's customer id, requestor id and API key
err-sushi-busy = { $endpoint }: the server was still busy (too many requests) after { $attempts } attempts; harvest again later
err-sushi-refused = { $endpoint }: the server refused the request: { $exceptions }
err-sushi-refused-http = { $endpoint }: the server refused the request (HTTP { $status }): { $exceptions }
err-sushi-http = { $endpoint }: the server answered HTTP { $status } without a COUNTER report or SUSHI exception
err-sushi-timeout = { $endpoint }: no answer within { $seconds } s (timed out)
err-sushi-connection = { $endpoint }: { $reason }
err-sushi-connection-refused = connection refused
err-sushi-connection-dropped = the connection was dropped before a whole answer came
err-sushi-connection-host = the host is not found (check the base URL and the network)
err-sushi-connection-failed = cannot connect (connection refused or unreachable)
err-sushi-connection-tls = TLS failed: { $reason }
err-sushi-malformed = { $endpoint }: the answer is no usable COUNTER report: { $reason }
err-sushi-code-spaces = '{ $value }' must be a word without spaces
err-sushi-platform-empty = is empty, but the endpoint wants platform= sent
err-sushi-no-endpoint = no SUSHI endpoint '{ $endpoint }' (add it with usage sushi add)
err-sushi-customer-empty = is empty; every SUSHI request names the customer
err-sushi-requestor-empty = is empty, and { $endpoint } wants one
err-sushi-key-empty = is empty (to remove a key, clear it)
err-sushi-key-spaces = holds spaces or control characters (pasted with a line break?)
err-sushi-key-missing = is missing, and { $endpoint } wants one
err-sushi-csv-columns = the columns must be { $expected }, found { $found }
err-sushi-csv-line = line { $line }: { $reason }
err-sushi-csv-twice = { $member } at { $endpoint } appears twice in the file
err-sushi-endpoint-in-use = { $count } member(s) have credentials at { $endpoint }; remove them too with --with-credentials
err-harvest-no-credentials = no member has credentials at { $endpoint }; add them with: konsortio usage sushi credentials MEMBER { $endpoint } --customer-id ID
## Usage reports and their metrics
err-usage-metric-type = '{ $value }' is not a COUNTER metric type; use one of { $allowed }
err-usage-derived-metric = '{ $value }' names no COUNTER metric; metrics derived from imported reports are { $allowed }
err-usage-map-empty = the name to map is empty
err-usage-overlap = { $file }: { $report } { $platform } of { $member } covers { $begin } to { $end }, which overlaps the import of { $other } covering { $other_begin } to { $other_end }; import a report for the same period (or one that covers it) to replace it
err-usage-no-consortium = the database has no consortium yet: import consortium.csv
## What is not there (err-not-found's { $kind }, err-record's too)
err-not-found-credentials = no SUSHI credentials '{ $member } at { $endpoint }'
err-not-found-participant = no participant '{ $member } in { $deal } { $year }'
err-kind-deal = deal
err-kind-invoice = invoice
err-kind-participant = participant
err-kind-participation = participation
err-kind-member = member
err-kind-resource = resource
err-kind-vendor = vendor
err-kind-funder = funder
err-kind-offer = offer
err-kind-licence = licence
err-kind-database = database
err-kind-usage-import = usage import
err-kind-usage-mapping = usage mapping
err-kind-sushi-endpoint = SUSHI endpoint
err-kind-sushi-credentials = SUSHI credentials

## SUSHI harvesting (the usage view's SUSHI tab)

usage-tab-sushi = SUSHI
sushi-endpoints-title = SUSHI endpoints
sushi-endpoints-hint = Each vendor platform’s COUNTER_SUSHI service; members’ credentials are stored per endpoint.
sushi-endpoints-empty = No SUSHI endpoint yet: add one below.
sushi-col-code = Code
sushi-col-vendor = Vendor
sushi-col-url = Base URL
sushi-col-platform = Platform
sushi-col-members = Members
sushi-remove = Remove
sushi-remove-label = Remove { $code }
sushi-confirm-remove =
    { $count ->
        [0] Remove the SUSHI endpoint { $code }?
        [one] Remove the SUSHI endpoint { $code } and the credentials of { $count } member there?
       *[other] Remove the SUSHI endpoint { $code } and the credentials of { $count } members there?
    }
sushi-removed = Removed the SUSHI endpoint { $code }.
sushi-add-title = Add an endpoint
sushi-code = Code
sushi-vendor = Vendor
sushi-url = Base URL
sushi-platform = Platform (optional)
sushi-wants-requestor = Sends requestor_id
sushi-wants-key = Sends api_key
sushi-wants-platform = Sends platform
sushi-add = Add endpoint
sushi-added = Added the SUSHI endpoint { $code }.
sushi-required = Required.
sushi-url-invalid = Give a URL starting with https:// or http://.
sushi-credentials-title = A member’s credentials
sushi-credentials-hint = The API key is kept for harvesting only: it is never shown again, at most its last four characters.
sushi-endpoint = Endpoint
sushi-member = Member
sushi-customer-id = Customer ID
sushi-requestor-id = Requestor ID
sushi-api-key = API key
sushi-api-key-keep = empty keeps the stored key
sushi-save-credentials = Save credentials
sushi-saved-credentials = Saved the credentials of { $member } at { $endpoint }.
sushi-key-set = set { $key }
sushi-key-none = no key
sushi-credentials-col-member = Member
sushi-credentials-col-customer = Customer ID
sushi-credentials-col-requestor = Requestor ID
sushi-credentials-col-key = API key
sushi-credentials-at = Credentials at { $endpoint }
sushi-credentials-empty = No member has credentials at this endpoint yet.
sushi-forget = Forget
sushi-forget-label = Forget the credentials of { $member } at { $endpoint }
sushi-confirm-forget = Forget the credentials of { $member } at { $endpoint }? The member's usage already harvested stays; a new harvest needs the credentials entered again.
sushi-forgotten = Forgot the credentials of { $member } at { $endpoint }.
sushi-harvest-title = Harvest a report
sushi-harvest-hint = Fetches the report for each member and imports it as a file would be; harvesting the same report and period again replaces it.
sushi-report = Report
sushi-from = From (YYYY-MM)
sushi-to = To (YYYY-MM)
sushi-all-members = All members with credentials
sushi-harvest = Harvest
sushi-month-invalid = Write the month as YYYY-MM, e.g. 2025-01.
sushi-period-backwards = The period ends before it begins.
sushi-progress = { $done } of { $total } members done
sushi-asking =
    { $attempt ->
        [1] Asking for the report of { $member }
       *[other] Asking again for the report of { $member } (attempt { $attempt })
    }
sushi-waiting = Waiting { $seconds } s: { $reason }
sushi-reason-busy = the server is busy (too many requests)
sushi-reason-queued =
    { $count ->
        [one] 1 report queued for processing
       *[other] { $count } reports queued for processing
    }
sushi-busy-hint = The window stays usable while reports are harvested.
sushi-results-title = Harvest results
sushi-results-col-member = Member
sushi-results-col-result = Result
sushi-results-col-detail = Detail
sushi-result-imported =
    { $count ->
        [one] imported { $count } item
       *[other] imported { $count } items
    }
sushi-result-no-usage = no usage
sushi-result-queued = queued: harvest again later
sushi-result-unauthorised = not authorised
sushi-result-failed = failed: { $message }
sushi-stop = Stop
sushi-stopping = Stopping: the member being asked finishes, the others are not asked.
sushi-result-stopped = not asked (stopped)

## Explanation steps (crates/core explain keys)
## One message per sentence form that konsortio-core's split engine and pricing emit
## (explain::KEYS and explain::PHRASES). Amounts, numbers, percentages (with their % sign) and
## dates arrive written the reader's way; counts ($n, $num, $den) pick plural forms. Each
## English message says what core's English text says (a test in crates/pdf checks it).

explain-funder-default = The central funder
explain-basis-equal = equal
explain-price-total = Consortium price: { $price }.
explain-price-per-site =
    { $n ->
        [one] Per-site price for { $n } participant (tier from { $from }): { $price } × { $n } = { $total }.
       *[other] Per-site price for { $n } participants (tier from { $from }): { $price } × { $n } = { $total }.
    }
explain-price-by-count =
    { $n ->
        [one] Price for { $n } participant (tier from { $from }): { $price }.
       *[other] Price for { $n } participants (tier from { $from }): { $price }.
    }
explain-price-rise = { $year }: price rises by { $pct } to { $price }.
explain-price-converted = Converted at { $rate } { $to } per { $from } ({ $source }, { $date }): { $price }.
explain-total =
    { $n ->
        [one] The price to split for { $year } is { $total }, among { $n } participant.
       *[other] The price to split for { $year } is { $total }, among { $n } participants.
    }
explain-prorata-months =
    { $den ->
        [one] You take part { $num } of the period's { $den } month (from { $from } to { $to }): your weight counts { $num }/{ $den }.
       *[other] You take part { $num } of the period's { $den } months (from { $from } to { $to }): your weight counts { $num }/{ $den }.
    }
explain-prorata-days =
    { $den ->
        [one] You take part { $num } of the period's { $den } day (from { $from } to { $to }): your weight counts { $num }/{ $den }.
       *[other] You take part { $num } of the period's { $den } days (from { $from } to { $to }): your weight counts { $num }/{ $den }.
    }
explain-central-percent = { $funder } pays { $pct } of the price: { $part }.
explain-central-fixed = { $funder } pays a fixed { $part }.
explain-central-full = { $funder } pays the whole price, { $total }; members pay nothing.
explain-notional = Your notional share (what you receive) is computed by the formula; bounds do not apply, as members pay nothing.
explain-rest = Members share the remaining { $rest }.
explain-fixed-member = You pay a negotiated fixed amount of { $amount }.
explain-fixed-all =
    { $n ->
        [one] Fixed negotiated amounts take { $fixed }; { $rest } is left for the other { $n } member.
       *[other] Fixed negotiated amounts take { $fixed }; { $rest } is left for the other { $n } members.
    }
explain-flat = Flat fee: { $fee }.
explain-flat-prorata = Flat fee: { $fee } × your pro-rata factor { $factor } = { $amount }.
explain-flat-all = Flat fees of { $fee } per member take { $fees }; { $rest } is left for the formula.
explain-metric = Your { $metric } in { $year }: { $value }.
explain-metric-average = Your { $metric } averaged over [{ $years }]: { $value }.
explain-band = Your { $metric } in { $year } is { $value }: band from { $from } with weight { $weight }.
explain-component = { $pct } of the amount ({ $part }) goes by { $basis }: your weight { $weight } of { $weights } in all = { $share_pct } → { $share }.
explain-publish = Your weight is published as { $pct } (to the nearest { $step }, all adding up to 100%): { $pct } of { $pool } = { $share }.
explain-no-last-year = You had no finalised share last year, so no increase limit applies to you.
explain-ceiling-uniform = Your ceiling: { $ceiling } (the ceiling).
explain-ceiling-own = Your ceiling: { $ceiling } (your own ceiling).
explain-ceiling-metric = Your ceiling: { $ceiling } ({ $pct } of your { $metric } ({ $value })).
explain-ceiling-last-year = Your ceiling: { $ceiling } (last year's { $last } plus at most { $pct }).
explain-floor = Your floor: { $floor }.
explain-bound-floor = The formula gives you { $formula }, below your floor: you pay the floor, { $floor }.
explain-bound-ceiling = The formula gives you { $formula }, above your ceiling: you pay the ceiling, { $ceiling }.
explain-bound-none = No bound applies to any member: the formula stands.
explain-bound-scaled-more = Members held to a floor or ceiling pay { $moved } more than the formula gives them; the unbounded members' shares are scaled by { $factor } to make up for it: { $formula } → { $share }.
explain-bound-scaled-less = Members held to a floor or ceiling pay { $moved } less than the formula gives them; the unbounded members' shares are scaled by { $factor } to make up for it: { $formula } → { $share }.
explain-rounding = Exact share { $exact } rounded to { $share }: every share is rounded down to the minor unit and the units left over go to the largest remainders, so the shares add up exactly to { $total }.
explain-central-attributed = { $funder }'s { $part } is attributed to members by their formula shares of the whole price: yours is { $pct } → { $share }.
explain-central-cap = { $funder } pays each member's share up to { $cap }: { $funded } of yours; you pay the rest, { $payable }.
explain-result = You pay { $payable }.
explain-result-funded = You pay { $payable }; { $funder } pays { $funded } for you; your notional share is { $notional }.

## CLI help (clap)
## `konsortio --help` and each command's help (crates/cli/src/help.rs). A command's about is
## cli-help-<its path>, an argument's help cli-help-<its command's path>--<its id>; global
## arguments and -h, -V are the root's. No final full stop, as clap prints them. Commands,
## option names, values (table, csv...), file names and COUNTER names are data: keep them as given.

cli-help = Licence e-resources for a library consortium and share their cost
cli-help--db = The database file (default: $KONSORTIO_DB, else konsortio.db in the platform's data directory)
cli-help--lang = The language of messages, tables and help: en, fi, sv, tr or zh (default: from LC_ALL, LC_MESSAGES or LANG; English for any other)
cli-help--help = Print help
cli-help--version = Print version
cli-help-help = Print this message or the help of the given subcommand(s)
# Clap's headings ("Usage: konsortio [OPTIONS] <COMMAND>", then "Commands:"...), without the colon.
cli-clap-usage = Usage
cli-clap-commands = Commands
cli-clap-arguments = Arguments
cli-clap-options = Options
# After an argument's help: its default and the values it takes, as given ("table, csv").
cli-clap-default = [default: { $value }]
cli-clap-possible-values = [possible values: { $values }]
cli-help-init = Create the database (if new); --demo loads the demo consortium into an empty one
cli-help-init--demo = Load the demo consortium (into an empty database only)
cli-help-demo = Show the demo: open (seeding on first start) and print a split of the demo year
cli-help-import = Import a CSV file of one kind (see docs/CSV.md): all its lines, or none
cli-help-import--kind = The kind of records, e.g. members or deals (docs/CSV.md lists them)
cli-help-import--file = The CSV file
cli-help-import-dir = Import a folder of CSV files named after their kinds, in one transaction
cli-help-import-dir--dir = The folder, with files such as members.csv and deals.csv
cli-help-export = Export one kind as CSV
cli-help-export--kind = The kind of records, e.g. members or deals
cli-help-export--out = Write to this file instead of standard output
cli-help-export--force = Overwrite the file if it exists
cli-help-list = List the records of one kind
cli-help-list--kind = The kind of records, e.g. members or deals
cli-help-split = Compute a deal's split for a year (the frozen one if finalised)
cli-help-split--deal = The deal's code
cli-help-split--year = The year to split
cli-help-split--rule = Try another rule instead of the deal's (docs/RULES.md)
cli-help-split--format = Print a table or CSV
cli-help-split--explain = Explain this member's share step by step
cli-help-compare = Compare rules on a deal: --rule "NAME=RULE" for each scenario
cli-help-compare--deal = The deal's code
cli-help-compare--year = The year to split
cli-help-compare--rules = A scenario as NAME=RULE, e.g. "fte=shared: fte" (once for each scenario)
cli-help-compare--format = Print a table or CSV
cli-help-finalise = Finalise (freeze) a deal's split for a year
cli-help-finalise--deal = The deal's code
cli-help-finalise--year = The year of the split
cli-help-calc = Calculator: shares for a deal file and a members CSV, without a database
cli-help-calc--deal-file = The deal file (TOML, see docs/CALCULATOR.md)
cli-help-calc--members-csv = The members and their metrics, as CSV
cli-help-calc--format = Print a table or CSV
cli-help-calc--explain = Explain this member's share step by step
cli-help-audit = The newest entries of the audit trail
cli-help-audit--limit = How many entries to show
cli-help-backup = Write a consistent copy of the database to a new file
cli-help-backup--file = The new file
cli-help-statement = A member's statement for a year as a PDF: every deal, its share, why, and last year
cli-help-statement--member = The member's code
cli-help-statement--year = The year of the statement
cli-help-statement--out = The PDF file to write
cli-help-statement--force = Overwrite the file if it exists
cli-help-invoice = Invoices and credit notes: issue, list, show, credit, pay, export
cli-help-invoice-issue = Issue the invoices of a year's finalised splits (of one deal, or all)
cli-help-invoice-issue--year = The year of the finalised splits
cli-help-invoice-issue--deal = Only this deal (default: every deal finalised for the year)
cli-help-invoice-issue--mode = Whom to invoice: per-member (each member, one invoice per deal), funder (each deal's funder, for its part) or consolidated (each member, one invoice for all its deals)
cli-help-invoice-issue--date = Issue date (YYYY-MM-DD; default today)
cli-help-invoice-issue--explain = Attach each share's explanation to its line
cli-help-invoice-issue--dry-run = Draft the batch and print it for review: nothing is numbered or stored
cli-help-invoice-list = The register: every invoice and credit note with its status
cli-help-invoice-show = One document's lines, VAT and totals
cli-help-invoice-show--number = The invoice's or credit note's number
cli-help-invoice-credit = Credit an invoice: all its lines, or --line N for some
cli-help-invoice-credit--number = The invoice's number
cli-help-invoice-credit--lines = Credit line N only (once for each line)
cli-help-invoice-credit--date = The credit note's date (YYYY-MM-DD; default today)
cli-help-invoice-pay = Record a payment against an invoice
cli-help-invoice-pay--number = The invoice's number
cli-help-invoice-pay--amount = The amount paid, in the invoice's currency
cli-help-invoice-pay--date = Payment date (YYYY-MM-DD; default today)
cli-help-invoice-pay--reference = The payment's reference, e.g. the bank's
cli-help-invoice-export = Export into a folder: the register as invoices.csv and invoice_lines.csv (csv), or every document as a UBL 2.1 e-invoice (ubl) or a PDF (pdf)
cli-help-invoice-export--dir = The folder
cli-help-invoice-export--format = What to write
cli-help-invoice-export--force = Overwrite files that exist
cli-help-usage = COUNTER usage reports
cli-help-usage-inspect = What a report file is (release, report, institution, period, exceptions) and the total per metric type, without touching the database
cli-help-usage-inspect--file = The report file (TSV, CSV, xlsx or SUSHI JSON)
cli-help-usage-inspect--json = Print it as JSON
cli-help-usage-import = Import a COUNTER report (any release, report and format) as a member's usage: all of it or nothing; the same report for the same period again replaces it
cli-help-usage-import--member = The member's code
cli-help-usage-import--file = The report file
cli-help-usage-import--json = Print the summary as JSON
cli-help-usage-list = The imported reports
cli-help-usage-remove = Delete an imported report by its id (see `usage list`)
cli-help-usage-remove--id = The report's id
cli-help-usage-map = Remember that a vendor's platform, database or title name, or an identifier, as reports give it, means a resource
cli-help-usage-map--name = The name or identifier, as the reports give it
cli-help-usage-map--resource = The resource's code
cli-help-usage-unmap = Forget a mapping
cli-help-usage-unmap--name = The mapped name
cli-help-usage-mappings = The mappings of vendors' names to resources
cli-help-usage-unmatched = Names in imported reports that match no resource (or several)
cli-help-usage-cost-per-use = Cost per use of the year's finalised shares: per member and consortium-wide
cli-help-usage-cost-per-use--year = The year of the finalised shares
cli-help-usage-cost-per-use--metric = The COUNTER metric type that counts as a use (default Unique_Item_Requests)
cli-help-usage-cost-per-use--member = Only this member (not with --format csv)
cli-help-usage-cost-per-use--format = Print a table or CSV
cli-help-usage-basis = What a split of a deal for the resource reads as `usage_<metric>`: each member's counts per year, from the imported reports
cli-help-usage-basis--resource = The resource's code
cli-help-usage-basis--year = The last year (a split of year Y reads Y - 1 unless its rule says otherwise)
cli-help-usage-basis--years = How many years up to --year
cli-help-usage-basis--metric = The COUNTER metric type (default Unique_Item_Requests)
cli-help-usage-report = Write the usage report of a year as a PDF: cost, uses and cost per use of each deal and a chart of the deals ranked by cost per use; consortium-wide, or one member's
cli-help-usage-report--year = The year of the finalised shares
cli-help-usage-report--member = Only this member's report (default: the consortium's)
cli-help-usage-report--metric = The COUNTER metric type that counts as a use (default Unique_Item_Requests)
cli-help-usage-report--out = The PDF file to write
cli-help-usage-report--force = Overwrite the file if it exists
cli-help-usage-sushi = SUSHI endpoints and members' credentials there (API keys never shown)
cli-help-usage-sushi-add = Add a vendor platform's SUSHI endpoint (or change the one with this code)
cli-help-usage-sushi-add--code = A short name for it, e.g. EBSCO
cli-help-usage-sushi-add--vendor = The vendor's code
cli-help-usage-sushi-add--url = The URL the /reports paths hang off, e.g. https://sushi.example.org/counter/r51
cli-help-usage-sushi-add--platform = The COUNTER platform name, sent as platform= with --wants-platform
cli-help-usage-sushi-add--wants-requestor-id = The endpoint wants a requestor id (requestor_id=)
cli-help-usage-sushi-add--wants-api-key = The endpoint wants an API key (api_key=)
cli-help-usage-sushi-add--wants-platform = The endpoint wants the platform name (platform=)
cli-help-usage-sushi-list = The endpoints
cli-help-usage-sushi-show = One endpoint and the members' credentials there (API keys masked)
cli-help-usage-sushi-show--endpoint = The endpoint's code
cli-help-usage-sushi-remove = Remove an endpoint (with --with-credentials, the members' credentials there too)
cli-help-usage-sushi-remove--endpoint = The endpoint's code
cli-help-usage-sushi-remove--with-credentials = Remove the members' credentials there too
cli-help-usage-sushi-credentials = Store a member's credentials at an endpoint. Prefer --api-key-stdin: a key on the command line stays in the shell's history. Without a key option, a stored key is kept
cli-help-usage-sushi-credentials--member = The member's code
cli-help-usage-sushi-credentials--endpoint = The endpoint's code
cli-help-usage-sushi-credentials--customer-id = The member's customer id at the vendor (customer_id=)
cli-help-usage-sushi-credentials--requestor-id = The requestor id (requestor_id=), if the endpoint wants one
cli-help-usage-sushi-credentials--api-key = The API key (it stays in the shell's history: prefer --api-key-stdin)
cli-help-usage-sushi-credentials--api-key-stdin = Read the API key from the first line of standard input
cli-help-usage-sushi-credentials--no-api-key = Remove the stored API key
cli-help-usage-sushi-credentials--remove = Forget the member's credentials at the endpoint
cli-help-usage-sushi-import = Import many members' credentials from a CSV (member,endpoint,customer_id,requestor_id,api_key): all lines or none
cli-help-usage-sushi-import--file = The CSV file
cli-help-usage-harvest = Harvest a report over SUSHI for every member with credentials at the endpoint (or one member) and import it as `usage import` would: progress on standard error, then each member's result
cli-help-usage-harvest--endpoint = The endpoint's code
cli-help-usage-harvest--report = A Release 5 / 5.1 report id: TR_J1, DR_D1, PR...
cli-help-usage-harvest--from = The first month, YYYY-MM
cli-help-usage-harvest--to = The last month, YYYY-MM
cli-help-usage-harvest--member = Only this member
cli-help-usage-harvest--json = Print the results as JSON
cli-help-usage-export = Write the usage CSV of a year: uses, shares and cost per use (docs/CSV.md)
cli-help-usage-export--year = The year of the finalised shares
cli-help-usage-export--metric = The COUNTER metric type that counts as a use (default Unique_Item_Requests)
cli-help-usage-export--out = The CSV file to write
cli-help-usage-export--force = Overwrite the file if it exists
# Clap's parse errors (crates/cli/src/parse_error.rs): each follows cli-error's "error: ". The
# argument ('--year <YEAR>'), value and usage placeholders are the command's syntax, as typed.
cli-clap-error-missing =
    { $count ->
        [one] the following required argument was not provided:
       *[other] the following required arguments were not provided:
    }
cli-clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-clap-error-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-error-not-a-number = not a whole number
cli-clap-error-out-of-range = not between { $min } and { $max }
cli-clap-error-too-large = the number is too large
cli-clap-error-too-small = the number is too small
cli-clap-error-lang = use en, fi, sv, tr or zh
cli-clap-error-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-clap-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-clap-error-subcommands = [subcommands: { $names }]
cli-clap-error-used-twice = the argument '{ $arg }' cannot be used multiple times
cli-clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-error-conflict-list = the argument '{ $arg }' cannot be used with:
cli-clap-error-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-clap-error-unexpected-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-error-too-few =
    { $min ->
        [one] '{ $arg }' needs at least { $min } value but got { $actual }
       *[other] '{ $arg }' needs at least { $min } values but got { $actual }
    }
cli-clap-error-wrong-number =
    { $expected ->
        [one] '{ $arg }' needs { $expected } value but got { $actual }
       *[other] '{ $arg }' needs { $expected } values but got { $actual }
    }
cli-clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-error-similar-subcommand =
    { $count ->
        [one] tip: a similar subcommand exists: { $names }
       *[other] tip: some similar subcommands exist: { $names }
    }
cli-clap-error-similar-argument = tip: a similar argument exists: '{ $arg }'
cli-clap-error-similar-value = tip: a similar value exists: '{ $value }'
cli-clap-error-tip-as-value = tip: to pass '{ $value }' as a value, use '{ $usage }'
cli-clap-error-tip-exists = tip: '{ $usage }' exists
cli-clap-error-tip-double-dash = tip: subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-clap-error-more = For more information, try '--help'.
