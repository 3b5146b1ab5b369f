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

## The desktop app (ui/): the shell and its navigation

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

## Errors by the code the backend sends ({ $message } is the backend's own English detail)

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
