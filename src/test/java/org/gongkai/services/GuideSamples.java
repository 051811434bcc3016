package org.gongkai.services;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/** Guides for tests: a complete one, and copies with one field changed. */
final class GuideSamples {

	private GuideSamples() {
	}

	/** A complete guide of 人力资源服务许可 under the given code, for no power item in particular. */
	static GuideDraft complete(String code) {
		return new GuideDraft(code, "经营性人力资源服务机构从事职业中介活动许可", null, null, ItemLevel.PROVINCIAL,
				HandlingKind.PROMISED, ServiceTheme.HR_MARKET, false, true, "《人力资源市场暂行条例》第十八条",
				"https://flk.npc.gov.cn/", "依法设立的法人或其他组织，有与开展业务相适应的固定场所、办公设施和专职工作人员",
				"长沙市天心区城南西路1号 省政务服务中心二楼人社窗口", "工作日 上午9:00-12:00，下午13:00-17:00",
				"0731-84900000", "0731-12345", 20, 10, true, "", "https://example.gov.cn/apply", 0, "人力资源服务许可证",
				List.of(new GuideDraft.MaterialRow("人力资源服务许可申请表", MaterialSource.APPLICANT, Medium.BOTH,
						Necessity.REQUIRED, 1, "", false)),
				List.of(new GuideDraft.StepRow("受理", 1, "材料齐全即受理"), new GuideDraft.StepRow("审查", 7, "书面审查"),
						new GuideDraft.StepRow("决定", 2, "作出许可决定")),
				List.of(new GuideDraft.FaqRow("是否收费？", "不收费。")));
	}

	static GuideDraft with(GuideDraft d, String field, Object value) {
		RecordComponent[] components = GuideDraft.class.getRecordComponents();
		Object[] values = new Object[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				values[i] = components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(d);
			}
			if (Arrays.stream(components).noneMatch(c -> c.getName().equals(field))) {
				throw new IllegalArgumentException(field);
			}
			return (GuideDraft) GuideDraft.class.getDeclaredConstructors()[0].newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static GuideDraft withRows(GuideDraft d, List<GuideDraft.MaterialRow> materials, List<GuideDraft.StepRow> steps) {
		return with(with(d, "materials", materials), "steps", steps);
	}

	static GuideDraft limits(Integer statutory, Integer promised) {
		return with(with(complete("101"), "statutoryDays", statutory), "promisedDays", promised);
	}

	static GuideDraft immediate(GuideDraft d) {
		return with(d, "kind", HandlingKind.IMMEDIATE);
	}

	static GuideDraft fee(GuideDraft d, boolean free, String fee) {
		return with(with(d, "feeFree", free), "fee", fee);
	}

}
