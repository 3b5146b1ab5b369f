### Konsortio 简体中文 (Simplified Chinese). Keys and { $variables } as in en.ftl.

## Invoices, credit notes and member statements (konsortio-pdf)

doc-invoice = 发票
doc-credit-note = 贷项通知单
doc-number = 编号
doc-issue-date = 开具日期
doc-due-date = 付款截止日期
doc-payment-reference = 付款参考号
doc-buyer-reference = 买方参考号
doc-buyer = 购买方
doc-vat-id = 税号
doc-email = 电子邮件
doc-credited-invoice = 原发票
doc-description = 项目
doc-period = 期间
doc-vat-rate = 税率
doc-net = 金额
doc-vat-breakdown = 税额明细
doc-category = 类别
doc-taxable = 计税金额
doc-vat = 税额
doc-net-total = 不含税合计
doc-vat-total = 税额合计
doc-total-to-pay = 应付总额
doc-total-credited = 贷项总额
doc-exchange-rate = 汇率
doc-vat-national = 本币税额
doc-payment-details = 付款信息
doc-beneficiary = 收款人
doc-amount = 金额
doc-page-of = 第 { $n } 页，共 { $m } 页
# UNCERTAIN: Chinese VAT law has no invoice mention for the EU reverse charge (the buyer
# withholds, 代扣代缴, for services from abroad); the EU mention stays in English, as the
# directive asks for it, until a Chinese tax adviser gives a wording.
doc-reverse-charge = Reverse charge
doc-category-standard = 应税
doc-category-zero-rated = 零税率
doc-category-exempt = 免税
# UNCERTAIN: an EU term with no Chinese legal wording; English on purpose.
doc-category-intra-community = Intra-community supply
doc-category-export = 出口
doc-category-not-subject = 不征税
doc-statement = { $year } 年费用明细
doc-member = 成员馆
doc-deal = 协议
doc-whole-share = 全额份额
doc-funder-paid = 资助方支付
doc-you-pay = 贵馆支付
doc-last-year = 上年
doc-change = 变化
doc-cost-per-use = 单次使用成本
doc-total = 合计
doc-how-computed = 分摊计算说明

## 命令行 (konsortio-cli)

cli-error = 错误：{ $message }
cli-imported = 已导入 { $count } 条 { $kind }
cli-exported = 已将 { $count } 条 { $kind } 导出到 { $file }
cli-database = 数据库 { $file }（架构版本 { $version }）
cli-seeded = 已在 { $file } 中载入演示联盟。
cli-demo-not-empty = { $file } 中已有联盟数据；--demo 只能载入空数据库
cli-backed-up = 已备份到 { $file }
cli-finalised = 已确定 { $deal } { $year }：总额 { $total }，资助方 { $funder }
cli-statement-written = 已将 { $member } 的 { $year } 年费用明细写入 { $file }（{ $size } KB）
cli-explained = { $member } 在 { $deal } { $year }：
cli-rule-syntax = --rule '{ $text }' 应为 名称=规则，例如 "fte=shared: fte"
cli-not-a-kind = '{ $name }' 不是记录类型；请使用：{ $kinds }
# Chinese has one plural form (CLDR "other").
cli-rows = （{ $count } 行）
cli-split-heading = { $deal }：{ $year } 年分摊（{ $status }）
cli-split-draft = 草稿
cli-split-finalised = 由 { $by } 于 { $at } 确定
cli-rule = 规则：{ $rule }
cli-equal-shares = 平均分摊
cli-total = 合计
cli-participants = { $count } 个成员馆
cli-price-line = 价格 { $price }；{ $funder } 支付 { $funded }；成员馆支付 { $paid }（{ $currency }）
cli-funder = 资助方
cli-col-member = 成员馆
cli-col-name = 名称
cli-col-pays = 应付
cli-col-funder-pays = 资助方支付
cli-col-notional = 全额份额
cli-col-last-year = 上年
cli-col-change = 变化
cli-col-standalone = 单独订购价
cli-col-at = 时间
cli-col-actor = 用户
cli-col-action = 操作
cli-col-kind = 类型
cli-col-key = 键
cli-col-detail = 详情

## 桌面应用 (ui/)

app-nav-members = 成员馆
app-nav-member-metrics = 成员馆指标
app-nav-vendors = 供应商
app-nav-resources = 资源
app-nav-licences = 许可协议
app-nav-licence-terms = 许可条款
app-nav-deals = 协议与报价
app-nav-workbench = 分摊工作台
app-nav-renewals = 续订
app-nav-member-view = 成员馆视图
app-nav-invoices = 发票
app-nav-usage = 使用统计
app-nav-import = 导入
app-views = 视图
app-language = 语言
app-database = 数据库：{ $file }
app-file-menu-hint = 文件菜单：新建、打开、最近、备份
app-opened = 已打开 { $path }。
app-created = 已创建 { $path }：数据库为空。
app-saved-copy = 已将副本保存到 { $path }。
app-loaded-demo = 已载入演示联盟。
app-empty-title = 此数据库为空。
app-empty-text = 导入一个 CSV 文件夹（docs/CSV.md），或载入演示联盟试用。
app-import-folder = 导入文件夹…
app-load-demo = 载入演示联盟
app-export-invoices-title = 将发票导出到文件夹

## 表格

table-search = 搜索
table-search-label = 搜索{ $label }
table-count = { $shown } / { $total }
table-empty = 暂无内容。
table-no-match = 没有符合搜索条件的行。

## 记录

records-new = 新建
records-undo = 撤销
records-undo-title = 撤销 (Ctrl+Z)
records-save = 保存
records-delete = 删除
records-edit = { $title }：编辑
records-saved = 已保存 { $key }。
records-deleted = 已删除 { $key }。
records-undone = 已撤销。
records-confirm-delete = 删除 { $key }（{ $name }）？
records-choose = 选择一行进行编辑，或点击“新建”创建。

## 续订

renewals-title = 续订日历
renewals-running = { $count } 个有效的许可和协议；
renewals-overdue = { $count } 个已过通知截止日
renewals-show-ended = 显示已结束的
renewals-col-notice = 通知截止日
renewals-col-ends = 结束日期
renewals-col-kind = 类型
renewals-col-code = 代码
renewals-col-title = 名称
renewals-col-status = 状态
renewals-kind-licence = 许可
renewals-kind-deal = 协议
renewals-status-ended = 已结束
renewals-status-overdue = 已过通知期
renewals-status-upcoming = 即将到期

## 按代码显示的错误（{ $message } 为后端的英文详情）

error-input = 请检查输入：{ $message }
error-file = 文件错误：{ $message }
error-exists = 文件已存在：{ $message }
error-not_found = 未找到：{ $message }
error-split = 无法计算分摊：{ $message }
error-invalid = 无效请求：{ $message }
error-invoice = 开票错误：{ $message }
error-usage = 使用统计错误：{ $message }
error-pdf = PDF 错误：{ $message }
error-schema_too_new = 数据库版本比本程序新：{ $message }
error-frozen = 已确定的数据不能修改：{ $message }
error-referenced = 其他记录引用了此项：{ $message }
error-store = 数据库错误：{ $message }
