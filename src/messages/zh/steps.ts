import { numberText } from "../../numbers/exact.js";
import type { Sentences } from "../bilingual.js";
import type { StepFigures } from "../steps.js";

const ignored = (rating: number | null) => (rating === null ? "" : `(代表处评分 ${numberText(rating)} 不计)`);
const note = (text: string) => (text === "" ? "" : `(${text})`);
/** The sentence `write` makes of a reported number, or "not reported" for a null. */
const notReported = (value: number | null, write: (value: number) => string) => (value === null ? "未报告,按 0 计" : write(value));

/** The steps' sentences in Chinese (zh-CN). */
export const zhSteps: Sentences<StepFigures> = {
  round: (f) => `精确值 ${f.exact} 按四舍五入保留 ${numberText(f.decimals)} 位小数为 ${numberText(f.rounded)}`,
  floor: (f) => `结果 ${f.value} 低于 0,按 0 分计`,

  "major-projects.none": (f) => `本季度无重大项目,本项不适用,记 ${numberText(f.score)} 分`,
  "major-projects.on-time": (f) =>
    f.submittedOn === null || f.deadline === null
      ? `项目 ${f.project}:交维报告按时提交,按代表处评分记 ${numberText(f.score)} 分`
      : `项目 ${f.project}:交维报告于 ${f.submittedOn} 提交,未超过截止期 ${f.deadline},按代表处评分记 ${numberText(f.score)} 分`,
  "major-projects.late": (f) =>
    f.submittedOn === null || f.deadline === null
      ? `项目 ${f.project}:交维报告逾期提交,记 0 分${ignored(f.rating)}`
      : `项目 ${f.project}:交维报告于 ${f.submittedOn} 提交,晚于截止期 ${f.deadline},记 0 分${ignored(f.rating)}`,
  "major-projects.missing": (f) =>
    f.deadline === null
      ? `项目 ${f.project}:未提交交维报告,记 0 分${ignored(f.rating)}`
      : `项目 ${f.project}:截止期 ${f.deadline} 前未提交交维报告,记 0 分${ignored(f.rating)}`,
  "major-projects.not-major": (f) =>
    `提示:项目 ${f.project}(${f.product},${numberText(f.seats)} 点)不符合重大项目条件(${f.products},点数≥${numberText(f.minSeats)}),因在 H3C 下发的清单中,仍予计分`,
  "major-projects.mean": (f) => `${numberText(f.projects)} 个重大项目按比例计算:${f.sum} ÷ ${numberText(f.projects)} = ${f.mean}`,
  "major-projects.seat-weighted-mean": (f) => `按点数加权:${f.weighted} ÷ ${f.seats} 点 = ${f.mean}`,

  "satisfaction.none": (f) => `本季度无回访,本项不适用,记 ${numberText(f.score)} 分`,
  "satisfaction.completed": (f) => `项目 ${f.project}:回访结果“${f.label}”,${numberText(f.points)} 分`,
  "satisfaction.unreachable": (f) => `项目 ${f.project}:${f.label}(三次回访不通),扣 ${numberText(f.deduction)} 分`,
  "satisfaction.unreachable-after-reminder": (f) =>
    `项目 ${f.project}:${f.label}(提醒项目经理后再回访不通),扣 ${f.deduction} 分${f.addsToUnreachable ? "(与回访不通的扣分累加)" : "(取代回访不通的扣分)"}`,
  "satisfaction.base": (f) => `满意度得分 = 回访得分之和 ÷ 回访单量 = ${f.sum} ÷ ${numberText(f.completed)} = ${f.base}`,
  "satisfaction.base-without-completed": (f) => `无完成的回访,基础分按 ${numberText(f.base)} 分计`,
  "satisfaction.deductions": (f) => `扣除回访不通扣分:${f.base} − ${f.deductions} = ${f.result}`,

  "rep-office.none": (f) => `代表处未报告评分事项,本项不适用,记 ${numberText(f.score)} 分`,
  "rep-office.start": (f) => `代表处评分满分 ${numberText(f.max)} 分`,
  "rep-office.delivery-quality": (f) => `项目交付质量:${notReported(f.deduction, (deduction) => `代表处扣 ${numberText(deduction)} 分`)}`,
  "rep-office.unlicensed-work": (f) => `无证上岗:${notReported(f.cases, (cases) => `${numberText(cases)} 次 × ${numberText(f.perCase)} 分 = 扣 ${f.deduction} 分`)}`,
  "rep-office.vendor-assist": (f) =>
    `自服务项目原厂求助:${notReported(f.personDays, (personDays) => `${numberText(personDays)} 人天 × ${numberText(f.perPersonDay)} 分 = 扣 ${f.deduction} 分`)}`,
  "rep-office.simple-issue-tickets": (f) => `简单问题单:${notReported(f.tickets, (tickets) => `${numberText(tickets)} 个(${f.tier}),扣 ${f.deduction} 分`)}`,
  "rep-office.key-event": (f) => `代表处关键事件:${notReported(f.deduction, (deduction) => `扣 ${numberText(deduction)} 分`)}`,
  "rep-office.result": (f) => `${numberText(f.max)} − ${f.deductions} = ${f.result}`,

  "ecr.not-reported": (f) => `未报告 400 来电数据,按无来电处理,本项不适用,记 ${numberText(f.score)} 分`,
  "ecr.no-calls": (f) => `本季度无 400 来电,本项不适用,记 ${numberText(f.score)} 分`,
  "ecr.few-simple-calls": (f) => `季度内简单问题 ${numberText(f.simpleCalls)} 个,不超过 ${numberText(f.atMost)} 个,得满分 ${numberText(f.score)} 分`,
  "ecr.band": (f) =>
    f.totalCalls === null
      ? `ECR = ${f.ecr}(按比例给出),落在 ${f.band} 区间,得 ${numberText(f.points)} 分`
      : `ECR = ${f.simpleCalls}/${numberText(f.totalCalls)} = ${f.ecr},落在 ${f.band} 区间,得 ${numberText(f.points)} 分`,

  "training.online-not-reported": (f) => `线上必修课:未报告,按无须学习的工程师处理,不适用,记 ${numberText(f.score)} 分`,
  "training.offline-not-reported": (f) => `线下培训:未报告,按无须参加的核心工程师处理,不适用,记 ${numberText(f.score)} 分`,
  "training.online-not-required": (f) => `线上必修课:本季度无须学习的工程师,不适用,记 ${numberText(f.score)} 分`,
  "training.offline-not-required": (f) => `线下培训:本季度无须参加的核心工程师,不适用,记 ${numberText(f.score)} 分`,
  "training.online": (f) => `线上必修课:须学习的工程师完成 ${numberText(f.done)}/${numberText(f.required)} = ${f.ratio},落在 ${f.band} 区间,得 ${numberText(f.points)} 分`,
  "training.offline": (f) => `线下培训:核心工程师参加 ${numberText(f.done)}/${numberText(f.required)} = ${f.ratio},落在 ${f.band} 区间,得 ${numberText(f.points)} 分`,
  "training.sum": (f) => `培训参与率 = 线上 ${numberText(f.online)} + 线下 ${numberText(f.offline)} = ${f.total}`,

  "key-events.none": () => "本季度无关键事件",
  "key-events.bonus": (f) => `关键事件 ${f.event}(加分):+${numberText(f.points)}${note(f.note)}`,
  "key-events.penalty": (f) =>
    `关键事件 ${f.event}(扣分${f.major === "blacklist" ? ",重要关键事件:黑名单" : f.major === "downgrade" ? ",重要关键事件:降级" : ""}):−${numberText(f.points)}${note(f.note)}`,
  "key-events.sum": (f) => `加减分合计:${f.bonus} − ${f.penalty} = ${f.adjustment}`,
};
