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

## Masaüstü uygulaması (ui/)

app-nav-members = Üyeler
app-nav-member-metrics = Üye göstergeleri
app-nav-vendors = Tedarikçiler
app-nav-resources = Kaynaklar
app-nav-licences = Lisanslar
app-nav-licence-terms = Lisans koşulları
app-nav-deals = Anlaşmalar ve teklifler
app-nav-workbench = Paylaşım tezgâhı
app-nav-renewals = Yenilemeler
app-nav-member-view = Üye görünümü
app-nav-invoices = Faturalar
app-nav-usage = Kullanım
app-nav-import = İçe aktarma
app-views = Görünümler
app-language = Dil
app-database = Veritabanı: { $file }
app-file-menu-hint = Dosya menüsü: yeni, aç, son kullanılanlar, yedekle
app-opened = { $path } açıldı.
app-created = { $path } oluşturuldu: boş.
app-saved-copy = Bir kopya { $path } konumuna kaydedildi.
app-loaded-demo = Tanıtım konsorsiyumu yüklendi.
app-empty-title = Bu veritabanı boş.
app-empty-text = CSV dosyalarından oluşan bir klasörü içe aktarın (docs/CSV.md) ya da denemek için tanıtım konsorsiyumunu yükleyin.
app-import-folder = Klasör içe aktar…
app-load-demo = Tanıtım konsorsiyumunu yükle
app-export-invoices-title = Faturaları klasöre aktar

## Tablolar

table-search = Ara
table-search-label = Ara: { $label }
table-count = { $shown } / { $total }
table-empty = Henüz burada bir şey yok.
table-no-match = Aramayla eşleşen satır yok.

## Kayıtlar

records-new = Yeni
records-undo = Geri al
records-undo-title = Geri al (Ctrl+Z)
records-save = Kaydet
records-delete = Sil
records-edit = { $title }: düzenle
records-saved = { $key } kaydedildi.
records-deleted = { $key } silindi.
records-undone = Geri alındı.
records-confirm-delete = { $key } ({ $name }) silinsin mi?
records-choose = Düzenlemek için bir satır seçin ya da yeni bir kayıt için Yeni'ye basın.

## Yenilemeler

renewals-title = Yenileme takvimi
renewals-running = { $count } süren lisans ve anlaşma;
renewals-overdue = { $count } tanesinin bildirim süresi geçti
renewals-show-ended = Bitenleri göster
renewals-col-notice = Son bildirim
renewals-col-ends = Bitiş
renewals-col-kind = Tür
renewals-col-code = Kod
renewals-col-title = Ad
renewals-col-status = Durum
renewals-kind-licence = lisans
renewals-kind-deal = anlaşma
renewals-status-ended = Bitti
renewals-status-overdue = Bildirim süresi geçti
renewals-status-upcoming = Yaklaşan

## Kodlarına göre hatalar ({ $message } sunucunun İngilizce ayrıntısıdır)

error-input = Bilgileri kontrol edin: { $message }
error-file = Dosya hatası: { $message }
error-exists = Dosya zaten var: { $message }
error-not_found = Bulunamadı: { $message }
error-split = Paylaşım hesaplanamadı: { $message }
error-invalid = Geçersiz istek: { $message }
error-invoice = Faturalama hatası: { $message }
error-usage = Kullanım verisi hatası: { $message }
error-pdf = PDF hatası: { $message }
error-schema_too_new = Veritabanı bu programdan daha yeni: { $message }
error-frozen = Kesinleşmiş veriler değiştirilemez: { $message }
error-referenced = Başka kayıtlar buna bağlı: { $message }
error-store = Veritabanı hatası: { $message }
