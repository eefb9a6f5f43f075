import type { Sentences } from "../bilingual.js";
import type { CliFigures } from "../cli.js";

const suggest = (suggestion: string | null) => (suggestion === null ? "" : `(是否想输入 ${suggestion}?)`);
const TITLES: Readonly<Record<string, string>> = {
  "Usage:": "用法:",
  "Options:": "选项:",
  "Arguments:": "参数:",
  "Commands:": "命令:",
  "Global Options:": "全局选项:",
};

/** The command line's sentences in Chinese (zh-CN). */
export const zhCli: Sentences<CliFigures> = {
  PROGRAM: () => "新华三云桌面服务资质认证(星级合作伙伴)季度考核评分",
  PROGRAM_AFTER: () =>
    "\n退出码:0 正常;1 使用 --fail-on-downgrade 时有降级,或 check 发现不一致;2 输入有误或用法错误。\n\n示例:\n  $ star-assessment score fixtures/quarters --lang zh\n  $ star-assessment check fixtures/quarters --junit reports/star-assessment.xml\n  $ star-assessment batch quarters.csv -o scores.csv --lang zh",
  SCORE: () => "为合作伙伴季度 JSON 文件、文件夹或标准输入(-)评分,并输出每份考核结果",
  SCORE_PATHS: () => "JSON 文件(一个季度或季度数组)、文件夹,或用 - 表示标准输入",
  SCORE_FORMAT: () => "输出格式:终端上为表格,管道中为 JSON",
  SCORE_JSON: () => "等同于 --format json",
  SCORE_BRIEF: () => "简要评分卡:得分下不列计算步骤(表格与 Markdown)",
  SCORE_FAIL_ON_DOWNGRADE: () => "有任何降级结论时以退出码 1 结束",
  SCORE_AFTER: () =>
    "\n退出码:0 评分完成;1 使用 --fail-on-downgrade 时有降级;2 输入有误或用法错误。\nJSON 输出:一个文件只含一个季度时为一个对象,否则为数组。\n\n示例:\n  $ star-assessment score fixtures/quarters --lang zh\n  $ cat q.json | star-assessment score - --format json --fail-on-downgrade",
  CHECK: () => "将每个 X.json 与其旁边的 X.expected.json 比较(分数、原因、日期)",
  CHECK_PATHS: () => "存放合作伙伴季度及其预期结果的文件夹,或文件(一个季度或季度数组)",
  CHECK_UPDATE: () => "写入不一致或缺失的预期结果(保留 _why 等备注)",
  CHECK_JUNIT: () => "同时为 CI(GitLab、Jenkins)写出 JUnit XML;所在文件夹会自动创建",
  CHECK_AFTER: () =>
    "\n退出码:0 全部与预期一致;1 有数值不一致;2 没有可检查的内容、输入缺少预期结果(或预期结果缺少输入)、\n文件无法读取或评分,或用法错误。\n\n示例:\n  $ star-assessment check fixtures/quarters --junit reports/star-assessment.xml --lang zh",
  SCHEMA: () => "输出输入或考核结果的 JSON Schema(draft 2020-12)",
  SCHEMA_NAME: () => "哪一个 JSON Schema",
  SCHEMA_AFTER: () => "\n示例:\n  $ star-assessment schema input > quarter-input.schema.json",
  POLICY: () => "以 Markdown 输出政策中的每个数值及其条款编号(docs/policy.md)",
  POLICY_AFTER: () => "\n示例:\n  $ star-assessment policy > policy.md",
  BATCH: () => "流式批量评分:CSV 每行或 JSONL 每行一个合作伙伴季度(见 docs/batch.md)",
  BATCH_INPUT: () => ".csv 或 .jsonl 文件,或用 - 表示标准输入",
  BATCH_OUTPUT: () => "评分结果写到哪里:.csv 或 .jsonl 文件(自动创建所在文件夹),或用 - 表示标准输出(默认)",
  BATCH_INPUT_FORMAT: () => "输入格式(默认按文件名判断,否则为 csv)",
  BATCH_OUTPUT_FORMAT: () => "输出格式(默认按 -o 的文件名判断,否则与输入相同)",
  BATCH_ENCODING: () => "输入文件的编码;auto 按 UTF-8 读取,字节不是 UTF-8 时按 GB18030(中文 Excel 保存的 CSV)读取",
  BATCH_JOBS: () => "评分线程数(默认为本机核数)",
  BATCH_AFTER: () =>
    "\n退出码:0 每行都已评分;2 有行评分失败(逐行报告行号)、文件无法读取或写入,或用法错误。\n\n示例:\n  $ star-assessment batch quarters.csv -o scores.csv --lang zh\n  $ star-assessment batch quarters.jsonl > scores.jsonl",
  STANDING: () => "合作伙伴在某日的星级状态:状态、生效中的事项、历史与即将到期的日期",
  STANDING_FILE: () => "JSON 文件,或用 - 表示标准输入",
  STANDING_FORMAT: () => "终端中为表格,管道中为 JSON;markdown 绘制 Mermaid 甘特图",
  STANDING_CALENDAR: () => "工作日:周一至周五,或含法定节假日与调休的中国工作日(需安装 chinese-days 包)",
  STANDING_AS_OF: () => "查询的日期,YYYY-MM-DD(默认:今天)",
  STANDING_AFTER: () => "\n退出码:0 完成;2 输入有误或用法错误(每处问题及其 JSON 路径写入标准错误)。\n\n示例:\n  $ star-assessment standing record.json --as-of 2024-10-10 --calendar chinese-days\n  $ star-assessment standing record.json --format markdown --lang zh > standing.md",
  CALENDAR_DATE: () => "真实存在的日期 YYYY-MM-DD",
  ELIGIBILITY: () => "认证申请是否满足一、六、七的每项要求,以及自何日起满足",
  ELIGIBILITY_AFTER: () => "\n退出码:0 完成;2 输入有误或用法错误。\n\n示例:\n  $ star-assessment eligibility application.json --format table",
  SCHEDULE: () => "六 的认证流程:按工作日计算各步骤的最晚日期、逾期步骤与面试重试",
  SCHEDULE_AFTER: () => "\n退出码:0 完成;2 输入有误或用法错误。\n\n示例:\n  $ star-assessment schedule progress.json --format markdown --calendar chinese-days",
  LANG: () => "消息与帮助的语言(默认取自 LANG)",
  HELP: () => "显示命令帮助",
  HELP_COMMAND: () => "显示命令帮助",
  VERSION: () => "显示版本号",
  HELP_TITLE: (f) => TITLES[f.title] ?? f.title,
  HELP_USAGE: (f) => f.usage.replace("[options]", "[选项]").replace("[command]", "[命令]"),
  HELP_EXTRA: (f) => {
    const parts = [f.choices === null ? "" : `可选值:${f.choices.join("、")}`, f.defaultValue === null ? "" : `默认:${f.defaultValue}`].filter(Boolean);
    return parts.length === 0 ? "" : `(${parts.join(";")})`;
  },
  HELP_HINT: () => "(加上 --help 查看用法)",
  UNKNOWN_OPTION: (f) => `错误:未知选项 '${f.option}'${suggest(f.suggestion)}`,
  UNKNOWN_COMMAND: (f) => `错误:未知命令 '${f.command}'${suggest(f.suggestion)}`,
  MISSING_ARGUMENT: (f) => `错误:缺少必需的参数 '${f.argument}'`,
  OPTION_MISSING_ARGUMENT: (f) => `错误:选项 '${f.option}' 缺少取值`,
  INVALID_VALUE: (f) => `错误:${f.kind === "option" ? "选项" : "参数"} '${f.name}' 的取值 '${f.value}' 无效:${f.reason}`,
  NOT_ONE_OF: (f) => `可选值为 ${f.choices.join("、")}`,
  EXCESS_ARGUMENTS: (f) => `错误:'${f.command}' 的参数过多:应为 ${f.expected} 个,收到 ${f.received} 个`,
  WHOLE_NUMBER_AT_LEAST_ONE: () => "应为不小于 1 的整数",
  CHECK_PASSED: (f) => `✓ ${f.file}`,
  CHECK_FAILED: (f) => `✗ ${f.file}`,
  CHECK_NOT_CHECKED: (f) => `✗ ${f.file}(未能检查)`,
  CHECK_UPDATED: (f) => `已更新 ${f.file}(${f.changed} 个值有变化)`,
  CHECK_WRITTEN: (f) => `已写出 ${f.file}:提交前请对照政策逐项核对`,
  CHECK_SUMMARY: (f) => `${f.passed} 个通过,${f.failed} 个失败${f.notChecked > 0 ? `,${f.notChecked} 个未能检查` : ""}`,
  CHECK_NOTHING: (f) =>
    `${f.paths.join("、")} 中没有可检查的内容:没有旁边带 X.expected.json 的合作伙伴季度 X.json。` +
    (f.folders.length > 0 ? `不会搜索子文件夹;请指明存放季度文件的文件夹(${f.folders.join("、")})。` : "请把季度文件放在那里,并用 --update 写出预期结果。"),
  CHECK_NO_EXPECTATION: (f) => `旁边没有预期结果 ${f.expected}:可用 --update 写出,再对照政策核对`,
  CHECK_NO_INPUT: (f) => `预期结果缺少对应的输入:找不到 ${f.input}`,
  CHECK_EXPECTATION_SHAPE: (f) => `${f.file}:预期结果应为 JSON ${f.array ? "数组(输入数组中每个季度一项)" : "对象"}`,
  CHECK_COUNT_DIFFERS: (f) => `${f.file}:${f.expected} 项预期结果对应 ${f.received} 个季度`,
  CHECK_STDIN: () => "错误:check 要把文件与旁边的 X.expected.json 比较,无法读取标准输入(-);请指明文件或文件夹",
  DIFFERENCE: (f) => `${f.pointer}:应为 ${f.expected ?? "(无)"},实为 ${f.actual ?? "(无)"}`,
  JUNIT_FAILURE: (f) => `${f.count} 个值不一致`,
  JUNIT_ERROR: () => "未能检查",
  BATCH_ROW: (f) => `${f.source}:第 ${f.row} 行:${f.problem}`,
  BATCH_PROGRESS: (f) => `已处理 ${f.rows} 行…`,
  BATCH_SUMMARY: (f) => `${f.source}:共 ${f.rows} 行,${f.scored} 行已评分,${f.failed} 行失败`,
};
