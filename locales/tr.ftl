### Konsortio Türkçe (Turkish). Keys and { $variables } as in en.ftl.

## Invoices, credit notes and member statements (konsortio-pdf)

doc-invoice = FATURA
doc-credit-note = ALACAK DEKONTU
doc-number = Belge no
doc-issue-date = Tarih
doc-due-date = Son ödeme tarihi
doc-payment-reference = Ödeme referansı
doc-buyer-reference = Alıcı referansı
doc-buyer = Alıcı
doc-vat-id = Vergi no
doc-email = E-posta
doc-credited-invoice = İlgili fatura
doc-description = Açıklama
doc-period = Dönem
doc-vat-rate = KDV %
doc-net = Tutar
doc-vat-breakdown = KDV dökümü
doc-category = Kategori
doc-taxable = Matrah
doc-vat = KDV
doc-net-total = KDV hariç toplam
doc-vat-total = KDV toplamı
doc-total-to-pay = Ödenecek toplam
doc-total-credited = Toplam tutar
doc-exchange-rate = Döviz kuru
doc-vat-national = Ulusal para biriminde KDV
doc-payment-details = Ödeme bilgileri
doc-beneficiary = Lehtar
doc-amount = Tutar
doc-page-of = Sayfa { $n }/{ $m }
# UNCERTAIN: Turkish law has no invoice mention for the EU reverse charge (the buyer's
# "sorumlu sıfatıyla KDV" under KDVK art. 9 is the nearest); the EU mention stays in English,
# as the directive asks for it, until a Turkish tax adviser gives a wording.
doc-reverse-charge = Reverse charge
doc-category-standard = KDV'ye tabi
doc-category-zero-rated = Sıfır oranlı
doc-category-exempt = KDV'den istisna
# UNCERTAIN: an EU term with no Turkish legal wording; English on purpose.
doc-category-intra-community = Intra-community supply
doc-category-export = İhracat
doc-category-not-subject = KDV kapsamı dışında
doc-statement = Maliyet dökümü { $year }
doc-member = Üye
doc-deal = Anlaşma
doc-whole-share = Toplam pay
doc-funder-paid = Fon sağlayıcının ödediği
doc-you-pay = Ödeyeceğiniz
doc-last-year = Geçen yıl
doc-change = Değişim
doc-cost-per-use = Kullanım başına maliyet
doc-total = Toplam
doc-how-computed = Payların hesaplanması

## Komut satırı (konsortio-cli)

cli-error = hata: { $message }
cli-imported = { $count } { $kind } içe aktarıldı
cli-exported = { $count } { $kind }, { $file } dosyasına aktarıldı
cli-database = veritabanı { $file } (şema sürümü { $version })
cli-seeded = { $file } tanıtım konsorsiyumuyla dolduruldu.
cli-demo-not-empty = { $file } zaten bir konsorsiyum içeriyor; --demo yalnızca boş bir veritabanına yükler
cli-backed-up = { $file } dosyasına yedeklendi
cli-finalised = { $deal } { $year } kesinleştirildi: toplam { $total }, fon sağlayıcı { $funder }
cli-statement-written = { $member } üyesinin { $year } dökümü { $file } dosyasına yazıldı ({ $size } KB)
cli-explained = { $member }, { $deal } { $year }:
cli-rule-syntax = --rule '{ $text }' AD=KURAL biçiminde olmalı, ör. "fte=shared: fte"
cli-not-a-kind = '{ $name }' bir kayıt türü değil; şunlardan birini kullanın: { $kinds }
# Turkish keeps the noun singular after a number: one form for every count.
cli-rows = ({ $count } satır)
cli-split-heading = { $deal }: { $year } paylaşımı ({ $status })
cli-split-draft = taslak
cli-split-finalised = { $at } tarihinde { $by } tarafından kesinleştirildi
cli-rule = kural: { $rule }
cli-equal-shares = eşit paylar
cli-total = toplam
cli-participants = { $count } katılımcı
cli-price-line = fiyat { $price }; { $funder } { $funded } öder; üyeler { $paid } öder ({ $currency })
cli-funder = fon sağlayıcı
cli-col-member = üye
cli-col-name = ad
cli-col-pays = öder
cli-col-funder-pays = fon sağlayıcı öder
cli-col-notional = toplam pay
cli-col-last-year = geçen yıl
cli-col-change = değişim
cli-col-standalone = tek başına fiyat
cli-col-at = zaman
cli-col-actor = kullanıcı
cli-col-action = işlem
cli-col-kind = tür
cli-col-key = anahtar
cli-col-detail = ayrıntı
