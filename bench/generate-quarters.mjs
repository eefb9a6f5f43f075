// Writes N realistic partner-quarters (5 projects, 5 surveys, every section) as JSONL or CSV to stdout,
// deterministically (a fixed linear congruential generator), for `batch` timing and memory runs.
// Usage: node bench/generate-quarters.mjs 100000 jsonl > /tmp/q.jsonl
const [count = "1000", format = "jsonl"] = process.argv.slice(2);
let seed = 20240401;
const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const outcomes = ["very_satisfied", "satisfied", "neutral", "非常满意", "满意", "unreachable", "dissatisfied"];
const quarters = ["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"];
const end = { Q1: "03-20", Q2: "06-20", Q3: "09-20", Q4: "12-20" };

function quarter(i) {
  const q = quarters[i % quarters.length];
  const deadline = `${q.slice(0, 4)}-${end[q.slice(5)]}`;
  const projects = Array.from({ length: 5 }, (_, p) => {
    const late = random(10) === 0;
    return { id: `MP-${i}-${p}`, product: p % 2 ? "WorkSpace" : "LearningSpace", seats: 200 + random(400), deadline, submittedOn: late ? `${q.slice(0, 4)}-${end[q.slice(5)].slice(0, 2)}-25` : `${q.slice(0, 4)}-${end[q.slice(5)].slice(0, 2)}-1${random(9)}`, rating: 20 + random(11) };
  });
  const total = 40 + random(80);
  return {
    partner: { id: `P-${String(i).padStart(6, "0")}`, name: `示例科技有限公司${i}` },
    quarter: q,
    majorProjects: projects,
    satisfaction: projects.map((p) => ({ projectId: p.id, outcome: outcomes[random(outcomes.length)] })),
    repOffice: { deliveryQualityDeduction: random(3) * 0.5, unlicensedWorkCases: random(3), vendorAssistPersonDays: random(4) * 0.5, simpleIssueTickets: random(12), keyEventDeduction: 0 },
    ecr: { simpleCalls: random(Math.floor(total / 5)), totalCalls: total },
    training: { online: { required: 6, completed: 4 + random(3) }, offline: { required: 5, attended: 2 + random(4) } },
    keyEvents: random(4) === 0 ? [{ id: `KE-${i}`, kind: random(2) ? "bonus" : "penalty", points: 1 + random(3), note: "客户表扬信" }] : [],
  };
}

const header = ["partner_id", "partner_name", "quarter", ...[1, 2, 3, 4, 5].flatMap((n) => ["id", "product", "seats", "deadline", "submitted_on", "rating"].map((f) => `project_${n}_${f}`)), ...[1, 2, 3, 4, 5].flatMap((n) => [`survey_${n}_project_id`, `survey_${n}_outcome`]), "rep_quality_deduction", "rep_unlicensed_cases", "rep_vendor_person_days", "rep_simple_tickets", "rep_key_event_deduction", "ecr_simple_calls", "ecr_total_calls", "online_required", "online_completed", "offline_required", "offline_attended", "key_events"];
const csvCell = (v) => { const t = v === undefined || v === null ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v); return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t; };

let out = format === "csv" ? `${header.join(",")}\n` : "";
for (let i = 0; i < Number(count); i += 1) {
  const q = quarter(i);
  if (format === "csv") {
    const r = q.repOffice;
    const cells = [q.partner.id, q.partner.name, q.quarter, ...q.majorProjects.flatMap((p) => [p.id, p.product, p.seats, p.deadline, p.submittedOn, p.rating]), ...q.satisfaction.flatMap((s) => [s.projectId, s.outcome]), r.deliveryQualityDeduction, r.unlicensedWorkCases, r.vendorAssistPersonDays, r.simpleIssueTickets, r.keyEventDeduction, q.ecr.simpleCalls, q.ecr.totalCalls, q.training.online.required, q.training.online.completed, q.training.offline.required, q.training.offline.attended, q.keyEvents];
    out += `${cells.map(csvCell).join(",")}\n`;
  } else out += `${JSON.stringify(q)}\n`;
  if (out.length > 1 << 16) { process.stdout.write(out); out = ""; }
}
process.stdout.write(out);
