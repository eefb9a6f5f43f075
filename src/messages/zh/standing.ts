import type { Sentences } from "../bilingual.js";
import type { FindingFigures, RequirementFigures, StandingIssueFigures, StepFigures, UpcomingFigures } from "../standing.js";

const untilNextCertification = (until: string | null) => (until === null ? "直至重新执行认证流程" : `至 ${until} 重新认证为止`);

/** 星级状态的各项发现(中文)。 */
export const findingSentences: Sentences<FindingFigures> = {
  CERTIFIED_BELOW_MINIMUM: ({ count, minimum, effectiveFrom, until, renewal }) =>
    `四.2.a / 七.4:持有已登记且未过期 H3CS-CDS 证书的工程师 ${count} 人,少于 ${minimum} 人;自 ${effectiveFrom} 起降级,` +
    (until === null ? "直至证书替换或重新执行认证流程" : renewal ? `${until} 证书替换后自动恢复(四.2.b)` : `至 ${until} 重新认证为止`),
  CERT_RENEWED: ({ engineerId, registeredOn }) => `四.2.b:工程师 ${engineerId} 重新考取 H3CS-CDS 证书,${registeredOn} 完成证书替换,星级自动恢复`,
  CERT_EXPIRING: ({ engineerId, validThrough, remaining, minimum }) =>
    `四.2.a / 七.4:工程师 ${engineerId} 的 H3CS-CDS 证书有效期至 ${validThrough};如不及时替换,仅余 ${remaining} 人(要求 ${minimum} 人),次日起降级`,
  DEPARTURE_DECLARATION_DUE: ({ engineerId, leftOn, dueOn, workingDays }) => `五.1:关键人员 ${engineerId} 于 ${leftOn} 离职,须在 ${workingDays} 个工作日内(${dueOn} 前)上报 H3C`,
  DEPARTURE_DECLARED_LATE: ({ engineerId, declaredOn, dueOn }) => `五.1:${engineerId} 的离职于 ${declaredOn} 上报,晚于期限 ${dueOn};四.2.1.a 的缓冲期仍然适用`,
  DEPARTURE_GRACE: ({ engineerId, leftOn, dueOn, filledOn }) =>
    `四.2.1.a:关键人员 ${engineerId} 于 ${leftOn} 离职并已申报,缓冲期至 ${dueOn},须在此前补充到位` + (filledOn === null ? "" : `;已于 ${filledOn} 补充到位`),
  DEPARTURE_UNFILLED: ({ engineerId, dueOn, until }) => `四.2.1.a:${engineerId} 离职后未在 ${dueOn} 前补充到位,降级,${untilNextCertification(until)}`,
  DEPARTURE_UNDECLARED: ({ engineerId, leftOn, foundOn, until }) =>
    `四.2.1.b:关键人员 ${engineerId} 于 ${leftOn} 离职未申报,H3C 于 ${foundOn} 发现,星级立即降级,${untilNextCertification(until)}`,
  PLEDGE_DUE: ({ engineerId, signedOn, dueOn, months }) => `四.2.1.c:新入职人员 ${engineerId} 的承诺函签于 ${signedOn},须在 ${dueOn} 前提供 ${months} 个月社保证明`,
  PLEDGE_BROKEN: ({ engineerId, dueOn, until }) => `四.2.1.c:${engineerId} 未在 ${dueOn} 前提供社保证明,降级且补交服务费,${untilNextCertification(until)}`,
  QUALIFICATION_EXPIRING: ({ certifiedOn, validThrough }) => `七.3:${certifiedOn} 取得的服务资质证书有效期至 ${validThrough},请在此前完成续认证`,
  QUALIFICATION_EXPIRED: ({ validThrough, until }) => `七.3:服务资质证书已于 ${validThrough} 到期;${until === null ? "直至重新认证" : `${until} 重新认证`}`,
  QUARTER_DOWNGRADE: ({ quarter, reasons, blacklist, effectiveFrom, until, restores }) =>
    `${quarter} 季度考核(${reasons.join("、")}):自 ${effectiveFrom} 起${blacklist ? "加入黑名单" : "降级"}` +
    (blacklist ? ",不自动恢复" : restores ? `,${until} 恢复星级` : `,不自动恢复,${untilNextCertification(until)}`),
  SANCTION: ({ clause, foundOn, reapplyFrom, until }) =>
    `${clause === "7.1" ? "七.1" : "七.6"}:H3C 于 ${foundOn} 发现,取消星级资质,${reapplyFrom} 前不受理认证申请` + (until === null ? "" : `;${until} 重新认证`),
};

const FINDING_NAMES: Record<keyof FindingFigures, string> = {
  CERTIFIED_BELOW_MINIMUM: "持证工程师不足",
  CERT_RENEWED: "证书已替换",
  CERT_EXPIRING: "证书即将过期",
  DEPARTURE_DECLARATION_DUE: "离职待上报",
  DEPARTURE_DECLARED_LATE: "离职上报逾期",
  DEPARTURE_GRACE: "离职缓冲期",
  DEPARTURE_UNFILLED: "离职未补充",
  DEPARTURE_UNDECLARED: "离职未申报",
  PLEDGE_DUE: "社保承诺函",
  PLEDGE_BROKEN: "承诺未兑现",
  QUALIFICATION_EXPIRING: "资质即将到期",
  QUALIFICATION_EXPIRED: "资质已到期",
  QUARTER_DOWNGRADE: "季度考核降级",
  SANCTION: "取消资质",
};

/** 即将到来的日期(中文)。 */
export const upcomingSentences: Sentences<UpcomingFigures> = {
  upcoming: ({ kind, code, subject }) => {
    const name = `${FINDING_NAMES[code]}${subject === null ? "" : `(${subject})`}`;
    return { begins: `${name}开始`, due: `${name}:最后期限`, ends: `${name}结束`, reapply: `${name}:恢复受理认证申请` }[kind];
  },
};

/** 发现的名称(中文)。 */
export const findingName = (code: keyof FindingFigures): string => FINDING_NAMES[code];

const metOr = (met: boolean, yes: string, no: string) => (met ? yes : no);

/** 认证申请条件(中文)。 */
export const requirementSentences: Sentences<RequirementFigures> = {
  CERTIFIED_ENGINEERS: ({ met, qualified, minimum, validAfter }) =>
    `一:在职且持有 ${validAfter} 后仍有效(自申请之日起大于一个月)H3CS-CDS 证书的工程师 ${qualified} 人,${metOr(met, "满足", "少于")}要求的 ${minimum} 人`,
  SOCIAL_SECURITY: ({ met, short, months, passesFrom }) =>
    met ? `六.2:认证工程师社保均已交满 ${months} 个月` : `六.2:${short.join("、")} 社保未交满 ${months} 个月,${passesFrom} 起满足`,
  HOTLINE: ({ met }) => `一:7×24 售后服务热线${metOr(met, "具备", "缺失")}`,
  ISSUE_TRACKING: ({ met }) => `一:客户问题跟踪系统及处理流程${metOr(met, "具备", "缺失")}`,
  TECHNICAL_MANAGER: ({ met }) => `一:技术经理${metOr(met, "具备", "缺失")}`,
  PROJECT_CASE: ({ met, amount, minimum, hasCase }) =>
    `一:工程项目管理经验 ${amount} 元,${hasCase ? "有" : "无"}实施案例;${metOr(met, "满足", "不满足")} ${minimum} 元以上及实施案例的要求`,
  LAST_QUARTER_TOTAL: ({ met, renewal, total, threshold }) => (renewal ? `一(业务指标):上季度考核 ${total} 分,${metOr(met, "不低于", "低于")} ${threshold} 分` : "一(业务指标):新申请无需季度考核分数"),
  NO_SANCTION: ({ met, foundOn, passesFrom }) => (met ? "七.1 / 七.6:无不受理申请的限制" : `七.1 / 七.6:H3C 于 ${foundOn} 发现问题,${passesFrom} 前不受理认证申请`),
  REAPPLY_WAIT: ({ met, quarter, passesFrom }) => (met ? "四.1.b:无须等待重新申请" : `四.1.b:${quarter} 季度考核低于合格分,${passesFrom} 起可重新提交认证申请`),
  NOT_BLACKLISTED: ({ met, quarter }) => (met ? "四.2.2:未加入黑名单" : `四.2.2:${quarter} 季度考核加入黑名单`),
  NO_MAJOR_EVENT_LAST_YEAR: ({ met, date, passesFrom }) =>
    met ? "七.5:申请前一年内无重大服务关键事件" : `七.5(提示):${date} 出现重大服务关键事件,${passesFrom} 前 H3C 有权延迟或禁止认证流程`,
};

const STEP_NAMES = { review: "总部初审", interview: "工程师面试", "on-site": "代表处现场认证", final: "总部终审" } as const;

/** 认证流程的各步骤(中文)。 */
export const stepSentences: Sentences<StepFigures> = {
  step: ({ step, dueOn, doneOn, late }) => `六:${STEP_NAMES[step]}应于 ${dueOn} 前完成;${doneOn === null ? "尚未完成" : `${doneOn} 完成`}${late ? "(逾期)" : ""}`,
  nextInterview: ({ failures, lastFailedOn, from }) => `六.3:第 ${failures} 次面试于 ${lastFailedOn} 未通过,${from} 起可再次面试`,
};

/** 记录、申请或认证进度中的问题(中文)。 */
export const standingIssueSentences: Sentences<StandingIssueFigures> = {
  LEFT_BEFORE_JOINED: ({ leftOn, joinedOn }) => `离职日期 leftOn ${leftOn} 早于入职日期 joinedOn ${joinedOn}`,
  DECLARED_BEFORE_LEFT: ({ declaredOn, leftOn }) => `申报日期 declaredOn ${declaredOn} 早于离职日期 leftOn ${leftOn}`,
  FOUND_BEFORE_LEFT: ({ foundOn, leftOn }) => `发现日期 foundOn ${foundOn} 早于离职日期 leftOn ${leftOn}`,
  NOT_LEFT: ({ field }) => `填写了 ${field},但该工程师未离职(leftOn 为 null)`,
  REGISTERED_AFTER_VALID_THROUGH: ({ registeredOn, validThrough }) => `登记日期 registeredOn ${registeredOn} 晚于有效期 validThrough ${validThrough}`,
  UNKNOWN_CERTIFICATE_TYPE: ({ type, known }) => `未知的证书类型 "${type}",可用:${known}`,
  DUPLICATE_ENGINEER_ID: ({ id, firstIndex }) => `工程师编号 "${id}" 重复出现(首次在第 ${firstIndex} 项)`,
  PROOF_BEFORE_PLEDGE: ({ proofOn, signedOn }) => `社保证明日期 proofOn ${proofOn} 早于承诺函日期 signedOn ${signedOn}`,
  LAST_QUARTER_TOTAL_REQUIRED: () => "续认证需要 lastQuarterTotal(上季度考核分数,一 业务指标)",
  STEP_BEFORE_PREVIOUS: ({ field, date, previous, previousDate }) => `${field} ${date} 早于 ${previous} ${previousDate}`,
  STEP_WITHOUT_PREVIOUS: ({ field, previous }) => `填写了 ${field},但缺少 ${previous}`,
  INTERVIEW_AFTER_PASS: ({ date, passedOn }) => `面试已于 ${passedOn} 通过,之后 ${date} 又有面试`,
  NOT_AS_OF_DATE: ({ value }) => `asOf 应为真实存在的日期 YYYY-MM-DD,收到 ${JSON.stringify(value)}`,
};
