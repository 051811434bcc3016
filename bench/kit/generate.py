"""Data at scale, made up from the corpus: documents as the bulk import's files (CSV + ZIP of attachments) and
disclosure applications as registrations with the handling steps that bring each one to its state.

Everything is derived from a seed, so a second run produces the same rows: the import skips the documents
already present (recognised by their 索引号), which makes an interrupted load safe to run again.
"""

import csv
import datetime
import io
import os
import pathlib
import random
import re
import zipfile

CORPUS = pathlib.Path(os.environ.get("BENCH_CORPUS", "/work/shared/data/corpus"))
INDEX_PREFIX = os.environ.get("BENCH_INDEX_PREFIX", "000014349")

# What one import request may carry: the product takes at most 10,000 rows per file
# (MetadataFile.MAX_ROWS) and 25 MB per file, 30 MB per request (spring.servlet.multipart.*).
MAX_ROWS_PER_FILE = 10_000
MAX_CSV_BYTES = 18 * 1024 * 1024
MAX_ZIP_BYTES = 7 * 1024 * 1024

HEADER = ["索引号", "名称", "内容概述", "文号", "发布机构", "责任单位", "信息分类", "主题词", "文件类型", "成文日期",
		"发布日期", "生效日期", "废止日期", "公开方式", "理由", "有效性", "正文", "附件"]

AGENCY = "湖南省人力资源和社会保障厅"
CO_ISSUERS = ["湖南省财政厅", "湖南省教育厅", "湖南省卫生健康委员会", "湖南省医疗保障局", "国家税务总局湖南省税务局",
		"湖南省住房和城乡建设厅", "湖南省总工会"]

# Topic, the units that own it, the categories it is filed under.
TOPICS = [
	("高校毕业生就业", ["employment"], ["employment"]), ("就业困难人员援助", ["employment"], ["employment"]),
	("创业担保贷款", ["employment"], ["employment", "finance"]), ("稳岗返还", ["unemployment"], ["employment"]),
	("失业保险金发放", ["unemployment"], ["social-insurance"]), ("企业职工基本养老保险", ["pension"], ["social-insurance"]),
	("城乡居民基本养老保险", ["rural"], ["social-insurance"]), ("工伤认定", ["injury"], ["social-insurance"]),
	("工伤保险待遇", ["injury"], ["social-insurance"]), ("社会保险基金监督", ["fundsupervision"], ["social-insurance"]),
	("职业技能提升行动", ["vocational"], ["talent"]), ("职业技能等级认定", ["vocational"], ["talent"]),
	("技工院校招生", ["vocational"], ["talent"]), ("专业技术人员职称评审", ["professional"], ["talent"]),
	("博士后工作", ["professional"], ["talent"]), ("高层次人才引进", ["professional"], ["talent"]),
	("事业单位公开招聘", ["institutions"], ["recruitment"]), ("公务员考试录用", ["civilservice"], ["recruitment"]),
	("公务员培训", ["civilservice"], ["talent"]), ("劳动合同管理", ["labour"], ["labour"]),
	("最低工资标准", ["labour"], ["labour"]), ("企业工资指导线", ["labour"], ["labour"]),
	("根治欠薪", ["inspection"], ["labour"]), ("农民工工资支付", ["inspection"], ["labour"]),
	("劳动保障监察", ["inspection"], ["labour"]), ("劳动人事争议仲裁", ["arbitration"], ["labour"]),
	("劳动关系协调", ["labour"], ["labour"]), ("政府信息公开", ["office"], ["organisation", "on-request"]),
	("行政审批服务", ["legal"], ["approvals", "services"]), ("行政执法", ["legal"], ["powers", "regulations"]),
	("权责清单", ["legal"], ["powers"]), ("信访工作", ["petitions"], ["organisation"]),
	("人社服务快办", ["it"], ["services"]), ("社会保障卡应用", ["it"], ["services"]),
	("人社统计调查", ["statistics"], ["plans"]), ("人社事业发展规划", ["office"], ["plans"]),
	("部门预算", ["finance"], ["finance"]), ("专项资金管理", ["finance"], ["finance"]),
	("机关党建", ["office"], ["organisation"]), ("新闻宣传", ["publicity"], ["press"]),
]

VERBS = ["做好", "进一步做好", "加强", "开展", "规范", "推进", "深化", "完善"]

# Document type: weight, 文号 prefix (None: no number), title patterns.
TYPES = {
	"行政规范性文件": (14, "湘人社规", ["关于印发《湖南省{topic}管理办法》的通知", "关于{verb}{topic}工作的实施意见",
			"湖南省{topic}实施细则"]),
	"规章": (1, "湖南省人力资源和社会保障厅令第", ["湖南省{topic}办法"]),
	"其他文件": (30, "湘人社发", ["关于{verb}{year}年{topic}工作的通知", "关于{topic}有关问题的通知",
			"关于{verb}{topic}的通知", "关于印发《{year}年全省{topic}工作要点》的通知"]),
	"通知公告": (20, "湘人社函", ["关于{year}年{topic}有关事项的公告", "关于{topic}的通知", "关于征求《{topic}办法（征求意见稿）》意见的公告"]),
	"工作动态": (18, None, ["全省{topic}工作推进会召开", "{year}年{month}月全省{topic}工作情况", "我厅部署{topic}工作"]),
	"规划计划": (5, "湘人社发", ["湖南省{topic}“十四五”规划", "{year}年全省{topic}工作计划"]),
	"统计信息": (7, None, ["{year}年{month}月{topic}统计数据", "{year}年度{topic}统计公报"]),
	"人事信息": (5, "湘人社任", ["关于{topic}拟任职人员的公示", "关于公布{year}年度{topic}名单的通知"]),
}

VALIDITY = [("VALID", 90), ("EXPIRED", 4), ("REPEALED", 4), ("AMENDED", 2)]
DISCLOSURE = [("", 95), ("ON_REQUEST", 3), ("EXEMPT", 2)]
GROUNDS = ["INTERNAL_AFFAIRS", "PROCESS_INFORMATION", "THIRD_PARTY_RIGHTS"]
ATTACHMENT_SHARE = 0.08


def weighted(rng, pairs):
	return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


class Corpus:
	"""The paragraphs of the corpus texts, and their titles (as extra search queries)."""

	def __init__(self, root=CORPUS):
		self.paragraphs = []
		self.titles = []
		for path in sorted((root / "docs").glob("*.md")):
			text = path.read_text(encoding="utf-8")
			parts = text.split("---", 2)
			body = parts[2] if len(parts) == 3 else text
			title = re.search(r"^title:\s*(.+)$", parts[1] if len(parts) == 3 else "", re.M)
			if title:
				self.titles.append(title.group(1).strip())
			for line in body.splitlines():
				line = line.strip()
				if len(line) >= 12 and not line.startswith(("#", "<!--", "|", "---")):
					self.paragraphs.append(line)
		if not self.paragraphs:
			raise SystemExit(f"no paragraphs under {root}")

	def queries(self):
		"""The realistic queries of queries-public.tsv (the part before the tab)."""
		lines = (CORPUS / "queries-public.tsv").read_text(encoding="utf-8").splitlines()
		return [line.split("\t")[0].strip() for line in lines if line.strip()]


class DocumentGenerator:
	"""Document i is always the same document: its own random stream, and serials per year in order. Every
	997th public document's title and 文号 are kept in `samples`, as search queries."""

	def __init__(self, n, seed, today, corpus):
		self.n = n
		self.seed = seed
		self.today = today
		self.corpus = corpus
		self.types = list(TYPES)
		self.type_weights = [TYPES[t][0] for t in self.types]
		self.samples = []

	SAMPLE_EVERY = 997

	def rows(self):
		"""Yields (row cells, {zip entry: bytes}) for documents 0..n-1."""
		serials = {}
		numbers = {}
		for i in range(self.n):
			rng = random.Random(f"{self.seed}/doc/{i}")
			formed = self.today - datetime.timedelta(days=rng.randint(3, 3650))
			serials[formed.year] = serials.get(formed.year, 0) + 1
			index_number = f"{INDEX_PREFIX}/{formed.year}-{serials[formed.year]:05d}"
			row, files = self.document(rng, i, formed, index_number, numbers)
			if i % self.SAMPLE_EVERY == 5 and row[13] == "":
				self.samples.append((row[1], row[3]))
			yield row, files

	def document(self, rng, i, formed, index_number, numbers):
		topic, units, categories = rng.choice(TOPICS)
		doc_type = rng.choices(self.types, weights=self.type_weights)[0]
		_, prefix, patterns = TYPES[doc_type]
		title = rng.choice(patterns).format(topic=topic, verb=rng.choice(VERBS), year=formed.year,
				month=formed.month)
		number = ""
		if prefix:
			key = (prefix, formed.year)
			numbers[key] = numbers.get(key, 0) + 1
			number = (f"{prefix}{numbers[key]}号" if prefix.endswith("第")
					else f"{prefix}〔{formed.year}〕{numbers[key]}号")
		published = min(formed + datetime.timedelta(days=rng.randint(0, 15)), self.today - datetime.timedelta(days=1))
		paragraphs = [rng.choice(self.corpus.paragraphs) for _ in range(rng.randint(3, 20))]
		issuer = AGENCY if rng.random() < 0.85 else AGENCY + " " + rng.choice(CO_ISSUERS)
		validity = weighted(rng, VALIDITY) if doc_type in ("行政规范性文件", "规章", "其他文件") else "VALID"
		expires = ""
		if validity != "VALID":
			expires = (formed + datetime.timedelta(days=rng.randint(30, max(31, (self.today - formed).days)))).isoformat()
			expires = min(expires, self.today.isoformat())
		disclosure = weighted(rng, DISCLOSURE)
		files = {}
		if rng.random() < ATTACHMENT_SHARE:
			for k in range(rng.randint(1, 2)):
				name = f"{index_number.replace('/', '-')}-附件{k + 1}.docx"
				files[name] = docx(f"附件{k + 1}：{topic}", [rng.choice(self.corpus.paragraphs) for _ in range(rng.randint(3, 8))])
		row = [index_number, title, paragraphs[0][:200] if rng.random() < 0.5 else "", number, issuer,
				rng.choice(units), rng.choice(categories), topic + "；" + doc_type, doc_type, formed.isoformat(),
				published.isoformat(), published.isoformat() if doc_type == "行政规范性文件" else "", expires,
				disclosure, rng.choice(GROUNDS) if disclosure else "", validity, "\n".join(paragraphs),
				"；".join(files)]
		return row, files


def docx(heading, paragraphs):
	"""A minimal Word document (the parts POI needs to read its text)."""
	def para(text):
		return f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>"
	body = para(heading) + "".join(para(p) for p in paragraphs)
	out = io.BytesIO()
	with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
		z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
				'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
				'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
				'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
				'officedocument.wordprocessingml.document.main+xml"/></Types>')
		z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
				'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
				'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
				'</Relationships>')
		z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://'
				'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>')
	return out.getvalue()


def escape(text):
	return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def import_batches(generator):
	"""Groups the rows into import requests within the product's limits: yields (first, last, csv bytes, zip bytes
	or None)."""
	rows, files, size, zip_size, first = [], {}, 0, 0, 0
	count = 0
	for row, row_files in generator.rows():
		row_size = sum(len(c.encode()) for c in row) + 40
		row_zip = sum(len(b) for b in row_files.values())
		if rows and (len(rows) >= MAX_ROWS_PER_FILE or size + row_size > MAX_CSV_BYTES
				or zip_size + row_zip > MAX_ZIP_BYTES):
			yield first, count - 1, to_csv(rows), to_zip(files)
			rows, files, size, zip_size, first = [], {}, 0, 0, count
		rows.append(row)
		files.update(row_files)
		size += row_size
		zip_size += row_zip
		count += 1
	if rows:
		yield first, count - 1, to_csv(rows), to_zip(files)


def to_csv(rows):
	out = io.StringIO()
	writer = csv.writer(out, lineterminator="\r\n")
	writer.writerow(HEADER)
	writer.writerows(rows)
	return out.getvalue().encode("utf-8")


def to_zip(files):
	if not files:
		return None
	out = io.BytesIO()
	with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
		for name, content in files.items():
			z.writestr(name, content)
	return out.getvalue()


# --- Applications -------------------------------------------------------------------------------------------

# Target state, share, and how recent the receipt must be (days back: min, max).
# 20 % open (issue 16: the inbox with 20,000 open of 100,000 applications), 80 % concluded.
STATES = [
	("ARCHIVED", 45), ("WITHDRAWN", 8), ("ANSWERED", 27), ("RECEIVED", 5), ("IN_PROGRESS", 6),
	("AWAITING_CORRECTION", 3), ("IN_CONSULTATION", 3), ("AWAITING_PAYMENT", 3),
]
FEES_FROM = datetime.date(2021, 1, 1)
EXPLANATIONS = {"ALREADY_PUBLIC": "该信息已在本机关门户网站主动公开，可在政府信息公开目录中查阅。",
		"NOT_DISCLOSED": "所申请信息涉及第三方个人隐私，经征求意见，第三方不同意公开。"}
RULES_2019_FROM = datetime.date(2019, 5, 15)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红辉玲鹏飞宇浩然子涵欣怡俊杰"
ORGANISATIONS = ["长沙{}人力资源有限公司", "湖南{}律师事务所", "湖南{}科技有限公司", "株洲{}研究院", "湘潭{}公益服务中心"]
ITEM_TEMPLATES = ["{topic}相关文件及执行情况", "{year}年{topic}的资金使用明细", "{topic}的审批依据和办理结果",
		"本人{topic}相关材料", "{year}年度{topic}统计数据"]
RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def resident_id(rng):
	birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randint(0, 50 * 365))
	body = "4301" + f"{rng.randint(1, 99):02d}" + birth.strftime("%Y%m%d") + f"{rng.randint(0, 999):03d}"
	total = sum(int(c) * w for c, w in zip(body, RESIDENT_WEIGHTS))
	return body + "10X98765432"[total % 11]


def credit_code(rng):
	body = "91430" + "".join(rng.choice(CREDIT_CHARS) for _ in range(12))
	total, weight = 0, 1
	for c in body:
		total += CREDIT_CHARS.index(c) * weight
		weight = weight * 3 % 31
	return body + CREDIT_CHARS[(31 - total % 31) % 31]


class ApplicationGenerator:
	"""Application i: its registration and the steps (method, path template, body) that take it to its state."""

	def __init__(self, n, seed, today, unit_ids):
		self.n = n
		self.seed = seed
		self.today = today
		self.unit_ids = unit_ids

	def plan(self, i):
		rng = random.Random(f"{self.seed}/request/{i}")
		state = weighted(rng, STATES)
		received = self.received(rng, state)
		topic, units, _ = rng.choice(TOPICS)
		organisation = rng.random() < 0.25
		name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
		delivery = rng.choice(["POST", "COLLECT_IN_PERSON", "EMAIL"])
		application = {
			"kind": "COMMERCIAL_ENTERPRISE" if organisation else "NATURAL_PERSON",
			"name": rng.choice(ORGANISATIONS).format(name[1:] or name) if organisation else name,
			"idType": None if organisation else "RESIDENT_ID",
			"idNumber": credit_code(rng) if organisation else resident_id(rng),
			"contactPerson": name if organisation else None,
			"phone": "1" + str(rng.choice([3, 5, 7, 8, 9])) + f"{rng.randint(0, 999999999):09d}",
			"email": f"applicant{i}@example.com" if delivery == "EMAIL" or rng.random() < 0.3 else None,
			"address": f"湖南省长沙市岳麓区麓山路{rng.randint(1, 999)}号" if delivery == "POST" else None,
			"postcode": "410000" if delivery == "POST" else "",
			"items": [{"description": rng.choice(ITEM_TEMPLATES).format(topic=topic, year=received.year - 1),
					"documentNumber": None} for _ in range(1 if rng.random() < 0.8 else 2)],
			"purpose": "了解" + topic + "政策",
			"wantedForm": "EMAIL" if delivery == "EMAIL" else "PAPER",
			"delivery": delivery,
		}
		registration = {"application": application, "channel": rng.choice(["IN_PERSON", "POST", "FAX"]),
				"receivedOn": received.isoformat()}
		return state, registration, self.steps(rng, state, received, units)

	def received(self, rng, state):
		if state == "IN_PROGRESS":
			# Some past their due date: the inbox's overdue filter and the badge count something.
			days = rng.randint(0, 60)
		elif state in ("AWAITING_CORRECTION", "RECEIVED", "IN_CONSULTATION"):
			days = rng.randint(0, 5)
		elif state == "AWAITING_PAYMENT":
			days = rng.randint(0, 10)
		else:
			days = rng.randint(1, 3650)
		return self.today - datetime.timedelta(days=days)

	def steps(self, rng, state, received, units):
		"""Steps after registration; "{item}" in a path is filled with each requested item's id."""
		assign = ("POST", "/assign", {"unitIds": [self.unit_ids[u] for u in units if u in self.unit_ids]})
		rules2008 = received < RULES_2019_FROM
		reply = rng.choice(["DISCLOSED", "DISCLOSED", "ALREADY_PUBLIC", "NOT_EXIST", "NOT_OURS", "NOT_DISCLOSED"])
		decision = {"reply": reply, "ground": "THIRD_PARTY_RIGHTS" if reply == "NOT_DISCLOSED" else None,
				"explanation": EXPLANATIONS.get(reply),
				"documentIds": [], "indexNumbers": []}
		answered = [assign, ("POST", "/items/{item}/decision", decision),
				("POST", "/reply", {"letter": "申请人：\n\n经审查，现答复如下：……\n\n湖南省人力资源和社会保障厅"})]
		if state == "ARCHIVED":
			return answered + [("POST", "/delivery", {"channel": "POST", "deliveredOn": None}),
					("POST", "/archive", None)]
		if state == "ANSWERED":
			return answered
		if state == "WITHDRAWN":
			return [("POST", "/withdrawal", {"withdrawnOn": None})]
		if state == "IN_PROGRESS":
			return [assign]
		if state == "AWAITING_CORRECTION" and not rules2008:
			return [("POST", "/correction", {"whatToCorrect": "请明确所需信息的名称或文号", "correctBy": None})]
		if state == "IN_CONSULTATION":
			return [assign, ("POST", "/consultations", {"kind": "THIRD_PARTY", "party": "相关企业"})]
		if state == "AWAITING_PAYMENT" and received >= FEES_FROM:
			return [assign, ("POST", "/fee", {"basis": "PER_PAGE", "quantity": rng.randint(40, 150)})]
		return []
