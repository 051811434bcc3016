package org.gongkai.powers;

import java.util.List;

/** The responsibilities, accountability and time limits the demo items share, by the stages of their type. */
final class DemoDuties {

	private DemoDuties() {
	}

	static List<Responsibility> of(PowerType type) {
		return ResponsibilityStage.of(type).stream().map(stage -> new Responsibility(stage, duty(stage))).toList();
	}

	private static String duty(ResponsibilityStage stage) {
		return switch (stage) {
			case ACCEPTANCE -> "公示应当提交的材料，一次性告知补正材料，依法受理或不予受理（不予受理的说明理由）。";
			case REVIEW -> "对申请材料进行审查，需要实地核查的组织核查，提出审查意见。";
			case DECISION -> "作出准予或者不予的决定，不予的书面说明理由并告知申请复议、诉讼的权利。";
			case DELIVERY -> "制作并送达决定书或者证件，依法公开结果。";
			case SUPERVISION -> "开展事后监督检查，依法查处违法违规行为。";
			case FILING -> "对发现或者举报投诉的违法线索进行核查，符合条件的予以立案。";
			case INVESTIGATION -> "两名以上执法人员出示执法证件，全面、客观、公正地调查取证。";
			case HEARING -> "对案件事实、证据、依据和处罚建议进行审查，重大案件集体讨论，经法制审核。";
			case NOTICE -> "作出处罚决定前告知拟处罚的事实、理由、依据及陈述、申辩和要求听证的权利。";
			case ENFORCEMENT -> "督促当事人履行处罚决定，逾期不履行的依法强制执行。";
		};
	}

	static String accountability(PowerType type) {
		return switch (type) {
			case PENALTY, COERCION -> "因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应当承担相应责任：\n"
					+ "1. 没有法律依据或者违反法定程序实施行政处罚、行政强制的；\n2. 擅自改变处罚种类、幅度的；\n"
					+ "3. 应当依法移送司法机关追究刑事责任而未移送的；\n4. 利用职务便利索取或者收受他人财物的；\n"
					+ "5. 其他违反法律法规规章规定的行为。";
			default -> "因不履行或不正确履行行政职责，有下列情形的，行政机关及其工作人员应当承担相应责任：\n"
					+ "1. 对符合法定条件的申请不予受理、不予办理或者不在法定期限内作出决定的；\n"
					+ "2. 对不符合法定条件的申请准予办理的；\n3. 未一次性告知需要补正的全部内容的；\n"
					+ "4. 索取或者收受他人财物、谋取其他利益的；\n5. 其他违反法律法规规章规定的行为。";
		};
	}

	static String timeLimit(PowerType type) {
		return switch (type) {
			case LICENSING -> "法定20个工作日，承诺10个工作日";
			case PENALTY -> "自立案之日起90日内作出处理决定";
			case CONFIRMATION -> "自受理之日起60日内作出决定";
			case BENEFIT -> "自受理之日起15个工作日内";
			default -> null;
		};
	}

}
