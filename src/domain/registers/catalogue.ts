import type { CalcKey, ColumnDef, ColumnType, ListName, RegisterDef, RegisterKey } from "./types";

interface ColumnExtra {
  required?: boolean;
  list?: ListName;
  calc?: CalcKey;
  min?: number;
  max?: number;
  width?: number;
}

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  id: 14,
  text: 30,
  person: 20,
  date: 13,
  number: 12,
  percent: 12,
  enum: 14,
  ids: 16,
  rag: 12,
  raci: 10,
};

function col(
  key: string,
  header: string,
  type: ColumnType,
  aliases: readonly string[],
  extra: ColumnExtra = {},
): ColumnDef {
  return {
    key,
    header,
    type,
    aliases,
    width: extra.width ?? Math.max(DEFAULT_WIDTH[type], header.length + 4),
    ...(extra.required ? { required: true } : {}),
    ...(extra.list ? { list: extra.list } : {}),
    ...(extra.calc ? { calc: extra.calc } : {}),
    ...(extra.min !== undefined ? { min: extra.min } : {}),
    ...(extra.max !== undefined ? { max: extra.max } : {}),
  };
}

// Aliases shared by several registers. English first, then German, French, Spanish.
const PROJECT_ID = ["Project", "Project Code", "Project No", "Project Number", "Proj ID", "Project Ref", "Projekt", "Projekt-ID", "Projektnummer", "Projet", "ID Projet", "Code projet", "Proyecto", "ID Proyecto", "Código de proyecto"];
const OWNER = ["Owner", "Owned By", "Responsible", "Assigned To", "Assignee", "Accountable Person", "Action Owner", "Risk Owner", "Verantwortlich", "Verantwortlicher", "Eigentümer", "Zuständig", "Responsable", "Propriétaire", "Dueño", "Asignado a"];
const NOTES = ["Notes", "Note", "Comments", "Comment", "Remarks", "Bemerkungen", "Anmerkungen", "Kommentar", "Commentaires", "Remarques", "Notas", "Comentarios", "Observaciones"];
const STATUS = ["Status", "State", "Current Status", "Zustand", "Statut", "État", "Estado"];
const RAISED = ["Raised Date", "Date Raised", "Raised", "Date Identified", "Identified", "Logged", "Date Logged", "Created", "Date Created", "Open Date", "Date Opened", "Erfasst am", "Erstellt am", "Datum erfasst", "Date de création", "Date d'identification", "Fecha de registro", "Fecha de identificación"];
const LAST_UPDATED = ["Last Updated", "Updated", "Last Update", "Date Updated", "Last Modified", "Modified", "Zuletzt aktualisiert", "Aktualisiert", "Dernière mise à jour", "Última actualización"];
const MEETING_ID = ["Meeting", "Meeting Ref", "Meeting No", "Besprechung", "Sitzung", "Réunion", "Reunión"];

const projects: RegisterDef = {
  key: "projects",
  title: "Projects",
  sheet: "Projects",
  table: "tblProjects",
  idKey: "projectId",
  aliases: ["Projects", "Project List", "Project Register", "Portfolio", "Projektliste", "Projektportfolio", "Liste des projets", "Portefeuille", "Lista de proyectos", "Cartera"],
  columns: [
    col("projectId", "Project ID", "id", [...PROJECT_ID, "ID", "Code", "Ref"], { required: true }),
    col("projectName", "Project Name", "text", ["Name", "Project Title", "Title", "Project Description", "Projektname", "Projekttitel", "Nom du projet", "Titre", "Nombre del proyecto", "Título"], { required: true }),
    col("programme", "Programme", "text", ["Program", "Programme Name", "Portfolio", "Division", "Business Unit", "Department", "Programm", "Bereich", "Programme", "Division", "Programa", "Departamento"]),
    col("sponsor", "Sponsor", "person", ["Project Sponsor", "Executive Sponsor", "Business Owner", "Auftraggeber", "Sponsor du projet", "Commanditaire", "Patrocinador"]),
    col("projectManager", "Project Manager", "person", ["PM", "Manager", "Project Lead", "Lead", "Team Lead", "Projektleiter", "Projektmanager", "Chef de projet", "Responsable du projet", "Jefe de proyecto", "Gerente de proyecto"]),
    col("stage", "Stage", "enum", ["Phase", "Project Stage", "Project Phase", "Lifecycle", "Projektphase", "Étape", "Phase du projet", "Etapa", "Fase"], { list: "Stage" }),
    col("startDate", "Start Date", "date", ["Start", "Planned Start", "Begin", "Kick-off", "Kickoff", "Startdatum", "Beginn", "Date de début", "Début", "Fecha de inicio", "Inicio"]),
    col("endDate", "End Date", "date", ["End", "Baseline End", "Planned End", "Finish", "Due Date", "Target End", "Enddatum", "Ende", "Date de fin", "Fin", "Fecha de fin", "Fecha fin"]),
    col("forecastEnd", "Forecast End", "date", ["Forecast Finish", "Expected End", "Estimated End", "Revised End", "Prognose Ende", "Fin prévue", "Fin estimada"]),
    col("budget", "Budget", "number", ["Approved Budget", "Budget Amount", "Baseline Budget", "Total Budget", "Planned Cost", "Budget (EUR)", "Budget ($)", "Presupuesto"]),
    col("actualCost", "Actual Cost", "number", ["Actuals", "Spend", "Spent", "Cost to Date", "Actual Spend", "Ist-Kosten", "Coût réel", "Dépenses", "Coste real", "Costo real"]),
    col("forecastCost", "Forecast Cost", "number", ["Forecast", "EAC", "Estimate at Completion", "Forecast Spend", "Prognose Kosten", "Coût prévu", "Coste previsto", "Costo previsto"]),
    col("ragOverride", "RAG Override", "rag", ["RAG", "RAG Status", "Overall RAG", "Health", "Status RAG", "Ampel", "Ampelstatus", "Statut RAG", "Semáforo"], { list: "RAG" }),
    col("lastUpdated", "Last Updated", "date", LAST_UPDATED),
    col("notes", "Notes", "text", [...NOTES, "Description", "Labels"]),
  ],
};

const milestones: RegisterDef = {
  key: "milestones",
  title: "Milestones",
  sheet: "Milestones",
  table: "tblMilestones",
  idKey: "milestoneId",
  aliases: ["Milestones", "Milestone Tracker", "Milestone Plan", "Schedule", "Project Plan", "Deliverables", "Deliverables Register", "Meilensteine", "Meilensteinplan", "Jalons", "Livrables", "Hitos", "Entregables"],
  columns: [
    col("milestoneId", "Milestone ID", "id", ["ID", "MS ID", "Milestone No", "Milestone Ref", "Deliverable ID", "Task ID", "WBS", "Ref", "No", "#", "Meilenstein-ID", "Nr", "ID Jalon", "ID Hito"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("milestone", "Milestone", "text", ["Milestone Name", "Name", "Title", "Description", "Deliverable", "Deliverable Name", "Task", "Task Name", "Activity", "Meilenstein", "Bezeichnung", "Aufgabe", "Jalon", "Livrable", "Tâche", "Hito", "Entregable", "Tarea"], { required: true }),
    col("type", "Type", "enum", ["Milestone Type", "Kind", "Category", "Typ", "Art", "Tipo"], { list: "Milestone Type" }),
    col("owner", "Owner", "person", OWNER),
    col("baselineDate", "Baseline Date", "date", ["Baseline", "Due", "Due Date", "Target Date", "Target", "Planned Date", "Planned End", "Planned Finish", "Planned", "Finish", "End", "End Date", "Original Date", "Deadline", "Plandatum", "Termin", "Fällig", "Fälligkeitsdatum", "Geplant", "Date prévue", "Échéance", "Date cible", "Fecha prevista", "Fecha objetivo", "Fecha límite"], { required: true }),
    col("forecastDate", "Forecast Date", "date", ["Forecast", "Forecast Finish", "Revised Date", "Expected Date", "Estimated Date", "Current Date", "Replanned", "Prognose", "Prognosedatum", "Date prévisionnelle", "Prévision", "Fecha pronosticada", "Previsión"]),
    col("actualDate", "Actual Date", "date", ["Actual", "Actual Finish", "Actual End", "Completed", "Completed Date", "Completion Date", "Date Completed", "Done Date", "Ist-Datum", "Erledigt am", "Date réelle", "Date d'achèvement", "Fecha real", "Fecha de finalización"]),
    col("percentComplete", "% Complete", "percent", ["Percent Complete", "% Done", "Progress", "Complete %", "Completion", "% Completion", "Fortschritt", "Fertigstellungsgrad", "Avancement", "% achevé", "Progreso", "Avance", "% completado"]),
    col("status", "Status", "enum", STATUS, { list: "Milestone Status" }),
    col("predecessors", "Predecessors", "ids", ["Predecessor", "Depends On", "Dependencies", "Dependency", "Prerequisites", "Vorgänger", "Abhängigkeiten", "Prédécesseurs", "Dépendances", "Predecesoras", "Dependencias"]),
    col("notes", "Notes", "text", NOTES),
    col("slipDays", "Slip Days", "number", ["Slip", "Slippage", "Variance", "Variance (days)", "Days Late", "Verzug", "Verzug (Tage)", "Retard", "Retraso"], { calc: "slipDays" }),
    col("scheduleState", "Schedule State", "enum", ["Schedule Status", "Schedule"], { calc: "scheduleState", list: "Schedule State" }),
  ],
};

const raid: RegisterDef = {
  key: "raid",
  title: "RAID log",
  sheet: "RAID",
  table: "tblRAID",
  idKey: "id",
  aliases: ["RAID", "RAID Log", "RAID Register", "Risk Register", "Risk Log", "Risks", "Issue Log", "Issues", "Issue Register", "Risikoregister", "Risiken", "Offene Punkte", "Registre des risques", "Risques", "Registro de riesgos", "Riesgos", "Incidencias"],
  columns: [
    col("id", "ID", "id", ["Risk ID", "Issue ID", "RAID ID", "Ref", "Reference", "Risk No", "Issue No", "No", "#", "Risiko-ID", "Nr", "Réf", "Núm"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("type", "Type", "enum", ["Category", "RAID Type", "Item Type", "Kind", "Typ", "Kategorie", "Catégorie", "Tipo", "Categoría"], { required: true, list: "RAID Type" }),
    col("title", "Title", "text", ["Risk", "Issue", "Name", "Summary", "Risk Title", "Issue Title", "Item", "Short Description", "Risk Name", "Titel", "Risiko", "Thema", "Titre", "Risque", "Título", "Riesgo"], { required: true }),
    col("description", "Description", "text", ["Details", "Risk Description", "Issue Description", "Description/Impact", "Risk Description/Impact", "Cause", "Beschreibung", "Détails", "Descripción"]),
    col("owner", "Owner", "person", OWNER),
    col("raisedDate", "Raised Date", "date", RAISED),
    col("probability", "Probability", "number", ["Likelihood", "Prob", "Probability (1-5)", "Likelihood (1-5)", "Chance", "Wahrscheinlichkeit", "Eintrittswahrscheinlichkeit", "Probabilité", "Vraisemblance", "Probabilidad"], { min: 1, max: 5 }),
    col("impact", "Impact", "number", ["Consequence", "Severity Score", "Impact (1-5)", "Effect", "Auswirkung", "Schadenshöhe", "Tragweite", "Conséquence", "Impacto", "Consecuencia"], { min: 1, max: 5 }),
    col("score", "Score", "number", ["Risk Score", "Rating", "Risk Rating", "Exposure", "P x I", "PxI", "Risikowert", "Bewertung", "Criticité", "Puntuación"], { calc: "score" }),
    col("severity", "Severity", "enum", ["Priority", "Risk Level", "Level", "Band", "Schweregrad", "Priorität", "Gravité", "Priorité", "Gravedad", "Prioridad"], { calc: "severity", list: "Severity" }),
    col("response", "Response", "text", ["Mitigation", "Mitigation Plan", "Mitigation Strategy", "Resolution", "Action Plan", "Response Plan", "Contingency", "Risk Response", "Maßnahme", "Maßnahmen", "Gegenmaßnahme", "Atténuation", "Réponse", "Plan d'action", "Mitigación", "Respuesta", "Plan de respuesta"]),
    col("status", "Status", "enum", STATUS, { list: "RAID Status" }),
    col("reviewDate", "Review Date", "date", ["Next Review", "Review By", "Review", "Target Resolution Date", "Date to Review", "Überprüfung", "Nächste Prüfung", "Date de revue", "Fecha de revisión"]),
    col("escalated", "Escalated", "enum", ["Escalation", "Escalate", "Escalated?", "Eskaliert", "Escaladé", "Escalado"], { list: "Yes No" }),
    col("lastUpdated", "Last Updated", "date", LAST_UPDATED),
  ],
};

const raci: RegisterDef = {
  key: "raci",
  title: "RACI matrix",
  sheet: "RACI",
  table: "tblRACI",
  idKey: "activityId",
  openColumns: "raci",
  aliases: ["RACI", "RACI Matrix", "RACI Chart", "RASCI", "Responsibility Matrix", "Responsibility Assignment Matrix", "Verantwortlichkeitsmatrix", "Matrice RACI", "Matriz RACI"],
  columns: [
    col("activityId", "Activity ID", "id", ["ID", "Task ID", "Ref", "No", "#", "WBS", "Nr", "Réf"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("activity", "Activity", "text", ["Task", "Activities", "Tasks", "Task/Deliverable", "Deliverable", "Activity/Task", "Process", "Work Item", "Decision", "Area", "Aufgabe", "Aktivität", "Tätigkeit", "Activité", "Tâche", "Actividad", "Tarea"], { required: true, width: 40 }),
  ],
};

const actions: RegisterDef = {
  key: "actions",
  title: "Actions",
  sheet: "Actions",
  table: "tblActions",
  idKey: "actionId",
  aliases: ["Actions", "Action Log", "Action Items", "Action Register", "To Do", "Aufgaben", "Maßnahmenliste", "Actions à mener", "Acciones", "Lista de acciones"],
  columns: [
    col("actionId", "Action ID", "id", ["ID", "Action No", "Action Ref", "Ref", "No", "#", "Nr", "Réf"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("meetingId", "Meeting ID", "id", MEETING_ID),
    col("action", "Action", "text", ["Action Item", "Description", "Task", "Title", "What", "Maßnahme", "Aufgabe", "Action à mener", "Acción", "Tarea"], { required: true, width: 40 }),
    col("owner", "Owner", "person", [...OWNER, "Who"]),
    col("raisedDate", "Raised Date", "date", RAISED),
    col("dueDate", "Due Date", "date", ["Due", "Target Date", "Deadline", "By When", "When", "Due By", "Fällig", "Fällig am", "Termin", "Échéance", "Date limite", "Fecha límite", "Vencimiento"]),
    col("status", "Status", "enum", STATUS, { list: "Action Status" }),
    col("completedDate", "Completed Date", "date", ["Completed", "Closed Date", "Date Closed", "Done", "Date Completed", "Erledigt am", "Date de clôture", "Fecha de cierre"]),
    col("notes", "Notes", "text", NOTES),
  ],
};

const decisions: RegisterDef = {
  key: "decisions",
  title: "Decisions",
  sheet: "Decisions",
  table: "tblDecisions",
  idKey: "decisionId",
  aliases: ["Decisions", "Decision Log", "Decision Register", "Entscheidungen", "Entscheidungslog", "Décisions", "Journal des décisions", "Decisiones", "Registro de decisiones"],
  columns: [
    col("decisionId", "Decision ID", "id", ["ID", "Decision No", "Ref", "No", "#", "Nr", "Réf"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("meetingId", "Meeting ID", "id", MEETING_ID),
    col("decision", "Decision", "text", ["Decision Made", "Description", "Title", "Decision Description", "Entscheidung", "Beschluss", "Décision", "Decisión"], { required: true, width: 40 }),
    col("decidedBy", "Decided By", "person", ["Decision Maker", "Approved By", "Owner", "Made By", "Entschieden von", "Entscheider", "Décidé par", "Decidido por"]),
    col("decisionDate", "Decision Date", "date", ["Date", "Date Decided", "Decided On", "Datum", "Entscheidungsdatum", "Date de décision", "Fecha de decisión", "Fecha"]),
    col("rationale", "Rationale", "text", ["Reason", "Justification", "Why", "Begründung", "Justification", "Justificación", "Motivo"]),
    col("status", "Status", "enum", STATUS, { list: "Decision Status" }),
  ],
};

const meetings: RegisterDef = {
  key: "meetings",
  title: "Meetings",
  sheet: "Meetings",
  table: "tblMeetings",
  idKey: "meetingId",
  aliases: ["Meetings", "Meeting Log", "Meeting Register", "Besprechungen", "Sitzungen", "Réunions", "Reuniones"],
  columns: [
    col("meetingId", "Meeting ID", "id", ["ID", "Meeting No", "Ref", "No", "#", "Nr", "Réf"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("title", "Title", "text", ["Meeting", "Meeting Title", "Subject", "Name", "Titel", "Thema", "Betreff", "Titre", "Objet", "Título", "Asunto"], { required: true }),
    col("date", "Date", "date", ["Meeting Date", "Held On", "When", "Datum", "Date de réunion", "Fecha", "Fecha de reunión"], { required: true }),
    col("chair", "Chair", "person", ["Chaired By", "Chairperson", "Host", "Organiser", "Organizer", "Facilitator", "Leitung", "Moderator", "Président", "Animateur", "Presidente", "Moderador"]),
    col("attendees", "Attendees", "text", ["Participants", "Present", "Attendance", "Teilnehmer", "Participants", "Asistentes", "Participantes"]),
    col("minutes", "Minutes", "text", ["Summary", "Notes", "Minutes Link", "Protokoll", "Compte rendu", "Procès-verbal", "Acta", "Resumen"], { width: 40 }),
  ],
};

const documents: RegisterDef = {
  key: "documents",
  title: "Documents",
  sheet: "Documents",
  table: "tblDocuments",
  idKey: "documentId",
  aliases: ["Documents", "Document Register", "Document Log", "Document Control", "Version Control", "Dokumente", "Dokumentenregister", "Documents du projet", "Registre documentaire", "Documentos", "Registro de documentos"],
  columns: [
    col("documentId", "Document ID", "id", ["ID", "Doc ID", "Document No", "Doc No", "Ref", "Reference", "#", "Dokument-ID", "Réf document", "ID Documento"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("title", "Title", "text", ["Document", "Document Name", "Document Title", "Name", "Titel", "Dokument", "Titre", "Nom du document", "Título", "Documento"], { required: true, width: 36 }),
    col("version", "Version", "text", ["Ver", "Rev", "Revision", "Version No", "Fassung", "Versión"], { required: true }),
    col("status", "Status", "enum", STATUS, { list: "Document Status" }),
    col("owner", "Owner", "person", [...OWNER, "Author", "Autor", "Auteur"]),
    col("approver", "Approver", "person", ["Approved By", "Reviewer", "Sign-off", "Freigabe durch", "Genehmigt von", "Approbateur", "Aprobador", "Aprobado por"]),
    col("versionDate", "Version Date", "date", ["Date", "Issue Date", "Revision Date", "Dated", "Datum", "Versionsdatum", "Date de version", "Fecha de versión", "Fecha"]),
    col("location", "Location", "text", ["Link", "URL", "Path", "File", "Ablage", "Speicherort", "Emplacement", "Ubicación", "Enlace"]),
    col("changeSummary", "Change Summary", "text", ["Changes", "Change Description", "What Changed", "Änderungen", "Änderungsbeschreibung", "Modifications", "Cambios"]),
  ],
};

const stakeholders: RegisterDef = {
  key: "stakeholders",
  title: "Stakeholders",
  sheet: "Stakeholders",
  table: "tblStakeholders",
  idKey: "name",
  aliases: ["Stakeholders", "Stakeholder Register", "Stakeholder List", "Contacts", "Team", "Team List", "Stakeholder-Liste", "Parties prenantes", "Interesados", "Partes interesadas"],
  columns: [
    col("name", "Name", "person", ["Stakeholder", "Stakeholder Name", "Person", "Full Name", "Contact", "Team Member", "Name, Vorname", "Nom", "Nombre"], { required: true }),
    col("role", "Role", "text", ["Position", "Title", "Job Title", "Project Role", "Rolle", "Funktion", "Rôle", "Fonction", "Rol", "Cargo"]),
    col("organisation", "Organisation", "text", ["Organization", "Company", "Department", "Dept", "Unit", "Team", "Organisation", "Firma", "Abteilung", "Société", "Département", "Organización", "Empresa", "Departamento"]),
    col("email", "Email", "text", ["E-mail", "Email Address", "Mail", "E-Mail-Adresse", "Courriel", "Adresse e-mail", "Correo", "Correo electrónico"]),
    col("influence", "Influence", "enum", ["Power", "Influence Level", "Einfluss", "Pouvoir", "Influencia", "Poder"], { list: "Level" }),
    col("interest", "Interest", "enum", ["Interest Level", "Interesse", "Intérêt", "Interés"], { list: "Level" }),
    col("communication", "Communication", "text", ["Communication Plan", "Engagement", "Communication Method", "Frequency", "Kommunikation", "Communication", "Comunicación"]),
  ],
};

/** Metric columns of Status History, in the order of metrics.md. */
export const METRIC_NAMES = [
  "Milestones Total",
  "Milestones Complete",
  "Milestones Overdue",
  "On-Time Rate",
  "Avg Slip Days",
  "Max Slip Days",
  "Open Risks",
  "High Risks",
  "Risk Exposure",
  "Open Issues",
  "Open Actions",
  "Overdue Actions",
  "RACI Coverage",
  "Cost Variance %",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

const metricKey = (name: string): string =>
  name
    .replace(/%/g, "Pct")
    .replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))
    .replace(/^./, (c) => c.toLowerCase());

export const METRIC_KEYS: Readonly<Record<MetricName, string>> = Object.fromEntries(
  METRIC_NAMES.map((n) => [n, metricKey(n)]),
) as Record<MetricName, string>;

const RATE_METRICS: ReadonlySet<MetricName> = new Set(["On-Time Rate", "RACI Coverage", "Cost Variance %"]);
export const isRateMetric = (m: MetricName): boolean => RATE_METRICS.has(m);

const statusHistory: RegisterDef = {
  key: "statusHistory",
  title: "Status history",
  sheet: "Status History",
  table: "tblStatusHistory",
  idKey: "projectId",
  generated: true,
  aliases: ["Status History", "Snapshots", "History"],
  columns: [
    col("asOf", "As Of", "date", ["Snapshot Date", "Report Date", "Week Ending"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID, { required: true }),
    col("overallRag", "Overall RAG", "rag", ["RAG", "Overall"], { list: "RAG" }),
    col("scheduleRag", "Schedule RAG", "rag", ["Schedule"], { list: "RAG" }),
    col("costRag", "Cost RAG", "rag", ["Cost"], { list: "RAG" }),
    col("riskRag", "Risk RAG", "rag", ["Risk"], { list: "RAG" }),
    ...METRIC_NAMES.map((m) => col(METRIC_KEYS[m], m, isRateMetric(m) ? "percent" : "number", [])),
    col("commentary", "Commentary", "text", ["Comments", "Notes", "Summary"]),
  ],
};

const milestoneHistory: RegisterDef = {
  key: "milestoneHistory",
  title: "Milestone history",
  sheet: "Milestone History",
  table: "tblMilestoneHistory",
  idKey: "milestoneId",
  generated: true,
  aliases: ["Milestone History", "MTA Data"],
  columns: [
    col("asOf", "As Of", "date", ["Snapshot Date", "Report Date"], { required: true }),
    col("milestoneId", "Milestone ID", "id", ["ID"], { required: true }),
    col("projectId", "Project ID", "id", PROJECT_ID),
    col("baselineDate", "Baseline Date", "date", ["Baseline"]),
    col("forecastDate", "Forecast Date", "date", ["Forecast"]),
    col("actualDate", "Actual Date", "date", ["Actual"]),
    col("status", "Status", "enum", STATUS, { list: "Milestone Status" }),
  ],
};

/** Every register, in the order its sheet appears in a structured workbook. */
export const REGISTERS: readonly RegisterDef[] = [
  projects,
  milestones,
  raid,
  raci,
  actions,
  decisions,
  meetings,
  documents,
  stakeholders,
  statusHistory,
  milestoneHistory,
];

const BY_KEY = new Map<RegisterKey, RegisterDef>(REGISTERS.map((r) => [r.key, r]));

export function register(key: RegisterKey): RegisterDef {
  const def = BY_KEY.get(key);
  if (!def) throw new Error(`Unknown register ${key}`);
  return def;
}

export function column(reg: RegisterDef, key: string): ColumnDef {
  const c = reg.columns.find((x) => x.key === key);
  if (!c) throw new Error(`Register ${reg.key} has no column ${key}`);
  return c;
}

/** Sheet names the add-in itself owns besides the registers. */
export const LISTS_SHEET = "Lists";
export const LISTS_TABLE = "tblLists";
export const SETTINGS_SHEET = "Settings";
export const SETTINGS_TABLE = "tblSettings";
export const METRICS_SHEET = "Metrics";
export const FINDINGS_SHEET = "Findings";
export const REPORT_SHEET = "Status Report";
export const TRENDS_SHEET = "Trends";
export const PIVOTS_SHEET = "Pivots";

/** Sheets the add-in writes itself: never converted, never validated as someone's own layout. */
export const GENERATED_SHEETS: readonly string[] = [LISTS_SHEET, SETTINGS_SHEET, METRICS_SHEET, FINDINGS_SHEET, REPORT_SHEET, TRENDS_SHEET, PIVOTS_SHEET];

export function isGeneratedSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return GENERATED_SHEETS.some((s) => s.toLowerCase() === lower);
}
