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
