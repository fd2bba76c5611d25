package org.cocrea.demo;

import static org.cocrea.actor.ActorType.ACADEMIA;
import static org.cocrea.actor.ActorType.CSO;
import static org.cocrea.actor.ActorType.GOVERNMENT_AGENCY;
import static org.cocrea.actor.ActorType.INFORMATION_INSTITUTE;
import static org.cocrea.commitment.OpenGovernmentValue.CITIZEN_PARTICIPATION;
import static org.cocrea.commitment.OpenGovernmentValue.INCLUSION;
import static org.cocrea.commitment.OpenGovernmentValue.PUBLIC_ACCOUNTABILITY;
import static org.cocrea.commitment.OpenGovernmentValue.TECHNOLOGY_AND_INNOVATION;
import static org.cocrea.commitment.OpenGovernmentValue.TRANSPARENCY;
import static org.cocrea.demo.DemoSpec.FileSpec.budgetCsv;
import static org.cocrea.demo.DemoSpec.FileSpec.csv;
import static org.cocrea.demo.DemoSpec.FileSpec.pdf;
import static org.cocrea.demo.DemoSpec.FileSpec.png;
import static org.cocrea.milestone.MilestoneStatus.COMPLETE;
import static org.cocrea.milestone.MilestoneStatus.IN_PROGRESS;
import static org.cocrea.milestone.MilestoneStatus.NOT_STARTED;
import static org.cocrea.milestone.MilestoneStatus.VERIFIED;
import static org.cocrea.milestone.ReportLabel.FINAL_RESULT;
import static org.cocrea.milestone.ReportLabel.FIRST_PROGRESS;
import static org.cocrea.milestone.ReportLabel.SECOND_PROGRESS;

import java.util.List;
import org.cocrea.account.Role;
import org.cocrea.demo.DemoSpec.CommitmentSpec;
import org.cocrea.demo.DemoSpec.MilestoneSpec;
import org.cocrea.demo.DemoSpec.PlanSpec;
import org.cocrea.demo.DemoSpec.StateSpec;

/**
 * The demo content: the five Follow the Money states with their secretariats, actors, people and
 * local action plans. Everything here is illustrative: plausible, not official data. Names of
 * civil-society organizations and people are invented.
 *
 * <p>Actor keys used in every state: {@code contraloria}, {@code hacienda}, {@code salud},
 * {@code educacion}, {@code instituto}, {@code osc1} (the CSO of the {@code osc} account),
 * {@code osc2}, {@code osc3}, {@code academia}. People: {@code secretariado}, {@code instituto},
 * {@code osc}, {@code dependencia}, {@code evaluador}.
 */
final class DemoStates {

    static final String SECRETARIADO = "secretariado";
    static final String INSTITUTO = "instituto";
    static final String OSC = "osc";
    static final String DEPENDENCIA = "dependencia";
    static final String EVALUADOR = "evaluador";

    private static final String PNT = "https://www.plataformadetransparencia.org.mx/";
    private static final String TRANSPARENCIA_PRESUPUESTARIA = "https://www.transparenciapresupuestaria.gob.mx/";

    private DemoStates() {
    }

    static List<StateSpec> all() {
        return List.of(sonora(), veracruz(), zacatecas(), chihuahua(), durango());
    }

    private static CommitmentSpec commitment(String title) {
        return new CommitmentSpec(title);
    }

    private static MilestoneSpec milestone(String title, String deliverable) {
        return new MilestoneSpec(title, deliverable);
    }

    /** The five demo accounts of a state. */
    private static StateSpec people(StateSpec state, String secretariatAgency, String agency, String secretariado,
                                    String instituto, String osc, String dependencia, String evaluador) {
        return state
                .person(SECRETARIADO, Role.SECRETARIAT, secretariatAgency, secretariado)
                .person(INSTITUTO, Role.INFORMATION_INSTITUTE, "instituto", instituto)
                .person(OSC, Role.RESPONSIBLE_ACTOR, "osc1", osc)
                .person(DEPENDENCIA, Role.RESPONSIBLE_ACTOR, agency, dependencia)
                .person(EVALUADOR, Role.EVALUATOR, "academia", evaluador);
    }

    // =============================================================================================
    // Sonora: acompañamiento presencial

    private static StateSpec sonora() {
        StateSpec state = new StateSpec("SON", "Sonora", "Secretariado Técnico Local de Gobierno Abierto de Sonora")
                .actor("contraloria", GOVERNMENT_AGENCY, "Secretaría de la Contraloría General del Estado de Sonora")
                .actor("hacienda", GOVERNMENT_AGENCY, "Secretaría de Hacienda del Estado de Sonora")
                .actor("salud", GOVERNMENT_AGENCY, "Secretaría de Salud Pública del Estado de Sonora")
                .actor("educacion", GOVERNMENT_AGENCY, "Secretaría de Educación y Cultura del Estado de Sonora")
                .actor("instituto", INFORMATION_INSTITUTE, "Instituto Sonorense de Transparencia, Acceso a la Información "
                        + "Pública y Protección de Datos Personales (ISTAI)")
                .actor("osc1", CSO, "Observatorio Ciudadano del Gasto Público de Sonora, A.C.")
                .actor("osc2", CSO, "Red de Madres y Padres por la Escuela Pública del Noroeste, A.C.")
                .actor("osc3", CSO, "Colectivo Datos Abiertos Hermosillo")
                .actor("academia", ACADEMIA, "Universidad de Sonora, Departamento de Economía");
        people(state, "contraloria", "salud",
                "Ana Lucía Valenzuela Ruiz", "Jorge Alberto Moreno Quijada", "Mariana Islas Durazo",
                "Ramón Félix Encinas", "Patricia Lugo Arvizu");

        PlanSpec plan = new PlanSpec("Plan de Acción Local de Gobierno Abierto de Sonora %1$d–%2$d: Sigue el dinero")
                .theory("Búsquedas del tesoro sobre la compra de medicamentos y la obra educativa; mesas de cocreación "
                                + "con dependencias, el ISTAI y organizaciones civiles; talleres de presupuesto y datos abiertos; "
                                + "publicación periódica de datos de gasto.",
                        "Conjuntos de datos abiertos de compras de medicamentos, contrataciones y obra educativa; tablero "
                                + "ciudadano de abasto; fichas públicas por obra; informes de contraloría social.",
                        "Cualquier persona puede rastrear cuánto se aprobó, modificó y ejerció en los programas priorizados "
                                + "y quién lo ejecutó; las dependencias responden a las recomendaciones en plazos acordados.",
                        "Menos desabasto de medicamentos y obra educativa terminada a tiempo, con menores riesgos de "
                                + "corrupción en el gasto estatal y mayor confianza en las instituciones.");

        plan.commitment(commitment("Gasto abierto en medicamentos e insumos para la salud")
                .problem("Las personas usuarias de hospitales y centros de salud reportan desabasto de medicamentos, pero "
                        + "no hay información pública que permita saber cuánto se compra, a quién, a qué precio y dónde se entrega.")
                .statusQuo("Las compras se publican en archivos PDF dispersos en la Plataforma Nacional de Transparencia, sin "
                        + "desglose por unidad médica. En la búsqueda del tesoro del Secretariado, reconstruir una sola compra "
                        + "consolidada llevó más de tres semanas.")
                .objective("Que cualquier persona pueda seguir el gasto en medicamentos desde el presupuesto aprobado hasta la "
                        + "entrega en cada unidad médica.")
                .description("Publicar cada mes, en datos abiertos, las compras, contratos y entregas de medicamentos e insumos "
                        + "por unidad médica; construir un tablero ciudadano de abasto y realizar mesas de revisión con personas usuarias.")
                .howItSolves("Al vincular compra, precio, proveedor y entrega por unidad se vuelve visible en qué punto falla la "
                        + "cadena de abasto y quién debe corregirlo; las mesas de revisión convierten los hallazgos en acuerdos con plazos.")
                .values("Abre datos de compras hoy inaccesibles (transparencia), incorpora a personas usuarias en su revisión "
                                + "(participación), obliga a responder por los faltantes (rendición de cuentas) y usa un tablero en línea.",
                        TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION)
                .sdg("ODS 3 (Salud y bienestar), meta 3.8 de cobertura sanitaria universal; ODS 16, meta 16.6 de instituciones "
                        + "eficaces y transparentes.")
                .gender("Las mujeres son mayoría entre quienes acompañan a pacientes y gestionan los medicamentos del hogar; el "
                        + "tablero desagrega el abasto de insumos de salud materna y las mesas de revisión tendrán al menos 50 % de mujeres.")
                .risk("Riesgo medio: resistencia de las áreas de adquisiciones a publicar precios unitarios y cambios de proveedor "
                        + "a mitad del ejercicio. Mitigación: acuerdo firmado por la persona titular, acompañamiento del ISTAI y una "
                        + "publicación mínima garantizada aunque el tablero se retrase.")
                .actors("salud", "osc1", "instituto", "osc3")
                .program("E045", "Programa de Atención a la Salud")
                .funding("Recursos estatales / FASSA (Ramo 33)")
                .sources("Cuenta Pública del Estado de Sonora; informes trimestrales de avance presupuestal de la Secretaría de "
                        + "Hacienda; obligaciones de transparencia de la Secretaría de Salud Pública en la Plataforma Nacional de "
                        + "Transparencia (procedimientos de adjudicación); Transparencia Presupuestaria (FASSA, Ramo 33).")
                .budget("412,650,000", "438,912,400.50", "431,004,215.80", "428,300,000", "441,075,000", "297,680,450.25")
                .milestone(milestone("Búsqueda del tesoro sobre la compra consolidada de medicamentos",
                        "Informe de la búsqueda del tesoro: ruta seguida, preguntas respondidas y no respondidas, y recomendaciones.")
                        .days(-230, -170).weight(20).status(VERIFIED).by("osc1", "salud")
                        .report(OSC, 100, FINAL_RESULT, "Tres equipos respondieron 9 de 14 preguntas sólo con información pública. "
                                + "No fue posible conocer el precio unitario por clave ni las entregas por hospital. La ruta y las "
                                + "recomendaciones se presentaron en sesión del Secretariado.")
                        .file(pdf("informe-busqueda-del-tesoro-medicamentos.pdf", "Búsqueda del tesoro: compra de medicamentos",
                                "Secretariado Técnico Local de Gobierno Abierto de Sonora",
                                "Preguntas planteadas: 14. Respondidas con información pública: 9.",
                                "Tiempo promedio por pregunta: 3 horas 40 minutos.",
                                "Hallazgo principal: no se publican precios unitarios ni entregas por unidad médica.",
                                "Recomendación 1: publicar el detalle de cada contrato en formato abierto.",
                                "Recomendación 2: publicar las entregas mensuales por unidad médica."))
                        .link(PNT))
                .milestone(milestone("Publicación mensual de compras y entregas por unidad médica",
                        "Conjunto de datos abiertos (CSV) con compras, contratos, proveedores, precios unitarios y entregas por "
                                + "unidad médica, actualizado cada mes.")
                        .days(-170, -40).weight(30).status(COMPLETE).by("salud")
                        .report(DEPENDENCIA, 50, FIRST_PROGRESS, "Se publicaron los tres primeros cortes mensuales para los hospitales "
                                + "generales; falta integrar los centros de salud rurales.")
                        .file(csv("compras-medicamentos-por-unidad.csv",
                                "mes,unidad_medica,clave,descripcion,proveedor,cantidad,precio_unitario,importe",
                                "{year}-03,Hospital General del Estado,010.000.0104.00,Paracetamol 500 mg tabletas,Distribuidora Médica del Desierto S.A. de C.V.,12000,0.85,10200.00",
                                "{year}-03,Hospital General de Cajeme,010.000.5106.00,Metformina 850 mg tabletas,Distribuidora Médica del Desierto S.A. de C.V.,8000,1.12,8960.00",
                                "{year}-03,Hospital General de Navojoa,010.000.1050.00,Insulina humana 100 UI/ml,Farmacéutica Sonorense S.A. de C.V.,450,98.40,44280.00"))
                        .report(DEPENDENCIA, 100, FINAL_RESULT, "El conjunto de datos cubre todas las unidades médicas y se actualiza "
                                + "el día 10 de cada mes. Se adjunta el presupuesto del programa como referencia.")
                        .file(budgetCsv("presupuesto-e045.csv"))
                        .link("https://www.sonora.gob.mx/"))
                .milestone(milestone("Tablero ciudadano de abasto de medicamentos",
                        "Tablero en línea que muestra, por unidad médica, el abasto de las 100 claves de mayor demanda y el gasto ejercido.")
                        .days(-90, 9).weight(30).status(IN_PROGRESS).by("salud", "osc3")
                        .report(DEPENDENCIA, 35, FIRST_PROGRESS, "Con el Colectivo Datos Abiertos Hermosillo se definieron el diseño "
                                + "del tablero y las 100 claves prioritarias.")
                        .report(DEPENDENCIA, 70, SECOND_PROGRESS, "La versión de prueba está en revisión interna; falta validar los datos "
                                + "de dos jurisdicciones sanitarias. La gráfica muestra el abasto por jurisdicción.")
                        .file(png("abasto-por-jurisdiccion.png", 82, 74, 91, 63, 58, 88)))
                .milestone(milestone("Mesas de revisión con personas usuarias en tres hospitales",
                        "Minutas y acuerdos de tres mesas de revisión (Hermosillo, Cajeme y Navojoa) con la respuesta de la "
                                + "Secretaría a cada acuerdo.")
                        .days(20, 80).weight(20).by("salud", "osc1")));

        plan.commitment(commitment("Seguimiento ciudadano a la obra pública educativa")
                .problem("Madres y padres de familia desconocen cuánto se invierte en rehabilitar sus escuelas, qué empresa hace la "
                        + "obra y cuándo debe terminar; hay obras inconclusas sin responsable visible.")
                .statusQuo("La obra educativa se reporta de forma agregada por municipio en los informes trimestrales y los contratos "
                        + "se publican sin vínculo con el plantel beneficiado.")
                .objective("Que cada comunidad escolar conozca y vigile el monto, el contratista, el avance físico y financiero y la "
                        + "fecha de entrega de la obra en su escuela.")
                .description("Publicar un padrón abierto de planteles con obra y una ficha pública por obra, y acompañar visitas de "
                        + "contraloría social en escuelas con obras financiadas por el FAM.")
                .howItSolves("Vincula el gasto con el plantel y con personas que pueden verificarlo en campo; los hallazgos de las "
                        + "visitas se canalizan a la Secretaría, que debe responder cada uno.")
                .values("Publica información de obra por plantel, forma comités escolares de contraloría social y establece un "
                        + "procedimiento de respuesta a sus hallazgos.", TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 4 (Educación de calidad), meta 4.a de instalaciones educativas adecuadas; ODS 16, meta 16.7 de decisiones "
                        + "inclusivas y participativas.")
                .gender("Da prioridad a obras de sanitarios y agua, cuya falta afecta más la asistencia de niñas y adolescentes; los "
                        + "comités de contraloría social serán paritarios.")
                .risk("Riesgo alto: el calendario de obra depende de la llegada de recursos federales y puede haber rotación de "
                        + "personal en el área de infraestructura. Mitigación: fichas mínimas con la información ya disponible y un "
                        + "enlace permanente designado por la Secretaría.")
                .actors("educacion", "osc2", "osc1")
                .program("K010", "Infraestructura física educativa")
                .funding("FAM Infraestructura Educativa Básica (Ramo 33)")
                .sources("Informes trimestrales sobre el ejercicio, destino y resultados de los recursos federales transferidos; "
                        + "Transparencia Presupuestaria (FAM); contratos de obra en la Plataforma Nacional de Transparencia; Cuenta "
                        + "Pública estatal.")
                .budget("186,400,000", "179,950,300", "171,220,845.10", "192,000,000", "198,450,000", "88,310,670")
                .milestone(milestone("Padrón abierto de planteles con obra",
                        "Base de datos con clave de centro de trabajo, municipio, tipo de obra, monto contratado y contratista de "
                                + "cada plantel con obra.")
                        .days(-200, -110).status(COMPLETE).by("educacion")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "La Secretaría de Educación y Cultura entregó el padrón de 214 "
                                + "planteles con obra; el Secretariado revisó su consistencia y lo publicó en datos abiertos.")
                        .file(csv("padron-planteles-con-obra.csv",
                                "cct,plantel,municipio,tipo_de_obra,monto_contratado,contratista",
                                "26EPR0001A,Escuela Primaria Benito Juárez,Hermosillo,Sanitarios,1850000.00,Construcciones del Yaqui S.A. de C.V.",
                                "26EPR0145K,Escuela Primaria Josefa Ortiz de Domínguez,Cajeme,Techumbre,2430000.00,Edificaciones Mayo S.A. de C.V.",
                                "26EES0032Z,Escuela Secundaria Técnica 12,Navojoa,Agua potable,960000.00,Hidráulica del Sur de Sonora S.A. de C.V."))
                        .link("https://www.sonora.gob.mx/"))
                .milestone(milestone("Fichas públicas de avance físico y financiero por obra",
                        "Una ficha por obra con contrato, fotografías, porcentaje de avance físico y financiero y fecha "
                                + "comprometida de entrega.")
                        .days(-120, -12).status(IN_PROGRESS).by("educacion", "osc2")
                        .report(SECRETARIADO, 55, FIRST_PROGRESS, "Se han publicado 118 de 214 fichas. La actualización del avance "
                                + "financiero depende de una conciliación con la Secretaría de Hacienda que sigue pendiente."))
                .milestone(milestone("Visitas de contraloría social a 20 obras",
                        "Veinte cédulas de vigilancia levantadas por comités escolares, con hallazgos y fotografías.")
                        .days(-60, -5).by("osc2"))
                .milestone(milestone("Informe ciudadano de resultados y respuesta de la Secretaría",
                        "Informe público con los hallazgos de las visitas y la respuesta de la Secretaría a cada uno.")
                        .days(30, 85).by("educacion", "osc2", "osc1")));

        plan.commitment(commitment("Contrataciones abiertas en la Administración Pública Estatal")
                .problem("Las compras públicas concentran buena parte de los riesgos de corrupción que identificó el Secretariado, "
                        + "y su información está dispersa en sistemas que no permiten seguir un contrato de la planeación al pago.")
                .statusQuo("El sistema electrónico de compras publica convocatorias y fallos, pero no contratos, convenios "
                        + "modificatorios ni pagos, y no usa un estándar que permita comparar los datos.")
                .objective("Publicar todo el ciclo de las licitaciones públicas estatales con el Estándar de Datos para las "
                        + "Contrataciones Abiertas y usarlo para detectar riesgos.")
                .description("Adoptar el Estándar de Datos para las Contrataciones Abiertas (EDCA), publicar en él todas las "
                        + "licitaciones públicas, construir alertas de riesgo y capacitar a proveedores y organizaciones para usarlas.")
                .howItSolves("Con datos estructurados de todo el ciclo, la Contraloría y la sociedad civil pueden detectar "
                        + "fraccionamiento de compras, proveedores recurrentes y sobreprecios, y dar seguimiento a cada caso.")
                .values("Publica el ciclo completo de contratación en datos abiertos estandarizados, crea alertas de riesgo que "
                                + "terceros pueden verificar y fortalece el control interno.",
                        TRANSPARENCY, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION)
                .sdg("ODS 16, metas 16.5 (reducir la corrupción) y 16.6 (instituciones eficaces y transparentes); ODS 12, meta 12.7 "
                        + "(compras públicas sostenibles).")
                .gender("Las alertas medirán la participación de empresas encabezadas por mujeres en las compras estatales, hoy "
                        + "desconocida, como línea base para acciones afirmativas.")
                .risk("Riesgo medio: la integración con el sistema de compras requiere recursos de tecnologías de la información no "
                        + "presupuestados. Mitigación: carga semiautomatizada mientras se concluye la integración.")
                .actors("contraloria", "osc1", "instituto")
                .program("O001", "Control y evaluación de la gestión pública")
                .funding("Recursos fiscales estatales")
                .sources("Sistema electrónico de compras del Gobierno del Estado; obligaciones de transparencia de la Secretaría de "
                        + "la Contraloría General (procedimientos de adjudicación y contratos); Presupuesto de Egresos y Cuenta Pública "
                        + "del Estado de Sonora.")
                .budget("38,750,000", "36,120,500", "35,987,100.40", "40,200,000", "40,200,000", "26,415,900")
                .milestone(milestone("Adopción del Estándar de Datos para las Contrataciones Abiertas",
                        "Lineamiento publicado en el Boletín Oficial y mapeo de los campos del sistema de compras al estándar.")
                        .days(-225, -160).weight(15).status(VERIFIED).by("contraloria")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "Se publicó el lineamiento y el mapeo de 142 campos al estándar; el "
                                + "ISTAI emitió opinión favorable.")
                        .file(pdf("lineamiento-edca-mapeo.pdf", "Adopción del EDCA: resumen del mapeo de campos",
                                "Campos del sistema de compras revisados: 168.",
                                "Campos mapeados al estándar: 142. Campos sin equivalente: 26.",
                                "Etapas cubiertas: planeación, licitación, adjudicación, contrato e implementación.",
                                "Opinión del ISTAI: favorable, con dos observaciones atendidas.")))
                .milestone(milestone("Publicación del 100 % de las licitaciones públicas en el estándar",
                        "Todas las licitaciones públicas del ejercicio en curso publicadas en formato EDCA (JSON y CSV).")
                        .days(-160, -50).weight(35).status(VERIFIED).by("contraloria", "instituto")
                        .report(SECRETARIADO, 60, FIRST_PROGRESS, "Publicadas 96 de 160 licitaciones del ejercicio; los contratos de "
                                + "obra pública se integrarán en la siguiente entrega.")
                        .report(INSTITUTO, 100, FINAL_RESULT, "El ISTAI verificó la publicación de las 160 licitaciones del ejercicio "
                                + "y la consistencia de los montos con los contratos.")
                        .file(csv("licitaciones-edca-resumen.csv", "etapa,procedimientos,publicados_edca,porcentaje",
                                "Licitación pública,160,160,100.0", "Adjudicación,160,160,100.0", "Contrato,160,154,96.3",
                                "Implementación,160,121,75.6")))
                .milestone(milestone("Alertas de riesgo de corrupción en compras",
                        "Ocho alertas calculadas sobre los datos EDCA (adjudicaciones directas recurrentes, fraccionamiento, plazos "
                                + "cortos, entre otras) con metodología pública.")
                        .days(-45, 40).weight(30).status(IN_PROGRESS).by("contraloria", "osc1")
                        .report(OSC, 40, FIRST_PROGRESS, "El Observatorio y la Contraloría acordaron la metodología de cinco de las "
                                + "ocho alertas; al aplicarlas al primer semestre se documentaron 12 casos para revisión.")
                        .file(png("alertas-por-tipo.png", 45, 30, 72, 18, 55)))
                .milestone(milestone("Capacitación a proveedores y organizaciones en el uso de los datos",
                        "Cuatro talleres regionales (200 personas) y una guía de uso de los datos de contrataciones.")
                        .days(-30, 12).weight(20).status(IN_PROGRESS).by("contraloria", "instituto")
                        .report(INSTITUTO, 50, FIRST_PROGRESS, "Se impartieron dos de los cuatro talleres (Hermosillo y Cajeme) con 94 "
                                + "personas; faltan Navojoa y Nogales.")));

        plan.commitment(commitment("Presupuesto ciudadano y participaciones a municipios")
                .draft()
                .problem("La población no sabe cuánto dinero reciben sus municipios por participaciones y aportaciones ni con qué "
                        + "fórmula se distribuye.")
                .statusQuo("Los acuerdos de distribución se publican en el Boletín Oficial en lenguaje técnico y sin series históricas.")
                .objective("Explicar en lenguaje ciudadano cuánto recibe cada municipio, por qué fondo y con qué fórmula.")
                .description("Elaborar un presupuesto ciudadano estatal y una calculadora pública de participaciones y aportaciones "
                        + "por municipio, con series de cinco años.")
                .howItSolves("Con información comprensible, los cabildos y la ciudadanía pueden exigir cuentas sobre el uso de los "
                        + "recursos municipales y detectar retrasos en las ministraciones.")
                .values("Hace comprensible la información presupuestal y la acerca a personas sin formación técnica, incluidas las "
                        + "comunidades indígenas mediante versiones en yoreme y yaqui.", TRANSPARENCY, INCLUSION)
                .sdg("ODS 16, meta 16.6; ODS 17, meta 17.1 (movilización de recursos internos).")
                .gender("El presupuesto ciudadano incluirá un anexo con el gasto etiquetado para la igualdad entre mujeres y hombres.")
                .risk("Riesgo bajo: depende sobre todo de la Secretaría de Hacienda, que ya publica la información base.")
                .actors("hacienda", "osc3", "academia")
                .startsAMonthLater()
                .program("C001", "Participaciones y aportaciones a municipios")
                .funding("Participaciones federales (Ramo 28) / Aportaciones (Ramo 33)")
                .sources("Acuerdos de distribución publicados en el Boletín Oficial; Presupuesto de Egresos del Estado; Cuenta Pública.")
                .budget("12,400,000", "11,980,000", "11,502,300", "13,100,000", "13,100,000", "7,845,210.90")
                .milestone(milestone("Presupuesto ciudadano estatal", "Documento de 12 páginas en lenguaje ciudadano, impreso y en línea.")
                        .days(15, 60).by("hacienda"))
                .milestone(milestone("Calculadora pública de participaciones por municipio",
                        "Herramienta en línea con la fórmula de distribución y series de cinco años.")
                        .days(30, 85).by("hacienda", "osc3"))
                .milestone(milestone("Presentaciones en cinco cabildos", "Minutas de cinco sesiones abiertas de cabildo.")
                        .days(60, 85).by("osc3", "academia")));
        return state.plan(plan);
    }

    // =============================================================================================
    // Veracruz: acompañamiento presencial

    private static StateSpec veracruz() {
        StateSpec state = new StateSpec("VER", "Veracruz", "Secretariado Técnico Local de Gobierno Abierto de Veracruz")
                .actor("contraloria", GOVERNMENT_AGENCY, "Contraloría General del Estado de Veracruz")
                .actor("hacienda", GOVERNMENT_AGENCY, "Secretaría de Finanzas y Planeación del Estado de Veracruz")
                .actor("salud", GOVERNMENT_AGENCY, "Secretaría de Salud de Veracruz")
                .actor("educacion", GOVERNMENT_AGENCY, "Secretaría de Educación de Veracruz")
                .actor("instituto", INFORMATION_INSTITUTE, "Instituto Veracruzano de Acceso a la Información y Protección de "
                        + "Datos Personales (IVAI)")
                .actor("osc1", CSO, "Colectivo Veracruz Transparente, A.C.")
                .actor("osc2", CSO, "Observatorio Ciudadano del Agua de Xalapa, A.C.")
                .actor("osc3", CSO, "Red de Jóvenes del Sotavento por la Rendición de Cuentas")
                .actor("academia", ACADEMIA, "Universidad Veracruzana, Facultad de Economía");
        people(state, "hacienda", "educacion",
                "Claudia Ivonne Hernández Rebolledo", "Luis Fernando Cházaro Méndez", "Itzel Domínguez Sampieri",
                "Arturo Lagunes Cruz", "Rocío Aguilar Zamudio");

        PlanSpec plan = new PlanSpec("Plan de Acción Local de Gobierno Abierto de Veracruz %1$d–%2$d")
                .theory("Búsquedas del tesoro sobre agua potable y nómina educativa; sesiones de cocreación en Xalapa, Veracruz "
                                + "y Coatzacoalcos; formación en análisis presupuestal para organizaciones juveniles; mesas de diálogo "
                                + "con las dependencias responsables.",
                        "Presupuesto ciudadano del agua; mapa abierto de obras de agua potable; nómina educativa por centro de "
                                + "trabajo en datos abiertos; protocolo de transparencia en emergencias.",
                        "Las organizaciones y los medios usan los datos publicados para preguntar y documentar; las dependencias "
                                + "corrigen las inconsistencias señaladas y lo informan públicamente.",
                        "Un gasto en agua, educación y emergencias que llega a quien lo necesita y del que se rinde cuentas.");

        plan.commitment(commitment("Transparencia en la nómina educativa financiada con el FONE")
                .problem("Escuelas rurales carecen de docentes mientras no es posible saber, con información pública, cuántas "
                        + "plazas se pagan en cada escuela ni cuántas están comisionadas fuera del aula.")
                .statusQuo("En la búsqueda del tesoro del Secretariado sólo se pudo identificar el centro de trabajo de una parte "
                        + "menor de las plazas de una muestra; la nómina se publica trimestralmente en formatos no reutilizables.")
                .objective("Que la ciudadanía sepa cuántas plazas docentes se pagan en cada escuela, con qué fondo y cuántas están "
                        + "comisionadas fuera del aula.")
                .description("Publicar cada trimestre la nómina educativa por centro de trabajo en datos abiertos, con las "
                        + "comisiones y licencias vigentes, y un visor que compare plazas pagadas con la matrícula de cada escuela.")
                .howItSolves("La comparación pública entre plazas pagadas y necesidades por escuela hace visibles las "
                        + "inconsistencias y permite que la Secretaría y la comunidad escolar las corrijan, con seguimiento del IVAI.")
                .values("Publica datos de nómina hoy no reutilizables, con un visor en línea, y crea un mecanismo para que la "
                        + "Secretaría responda por las inconsistencias.", TRANSPARENCY, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION)
                .sdg("ODS 4, meta 4.c (docentes calificados); ODS 16, meta 16.6.")
                .gender("El visor desagrega plazas por sexo y tipo de nombramiento para mostrar la brecha en puestos directivos, "
                        + "donde las mujeres están subrepresentadas aunque son mayoría del magisterio.")
                .risk("Riesgo alto: sensibilidad gremial y protección de datos personales. Mitigación: versión pública validada "
                        + "por el IVAI y diálogo previo con las representaciones sindicales.")
                .actors("educacion", "osc1", "instituto")
                .program("E012", "Educación básica de calidad")
                .funding("FONE (Ramo 33) / Recursos estatales")
                .sources("Reportes trimestrales del FONE sobre recursos federales transferidos; Transparencia Presupuestaria; "
                        + "obligaciones de transparencia de la Secretaría de Educación de Veracruz (remuneraciones); Cuenta Pública "
                        + "del Estado de Veracruz.")
                .budget("39,850,000,000", "40,612,450,300", "40,598,220,114.75", "41,200,000,000", "41,935,800,000", "34,114,672,980.40")
                .milestone(milestone("Búsqueda del tesoro sobre plazas pagadas por escuela",
                        "Informe con la ruta seguida, las preguntas respondidas y las recomendaciones a la Secretaría.")
                        .days(-220, -175).weight(15).status(VERIFIED).by("osc1", "educacion")
                        .report(OSC, 100, FINAL_RESULT, "Con información pública sólo fue posible identificar el centro de trabajo "
                                + "del 38 % de las plazas de una muestra de 500. La ruta seguida y las recomendaciones se entregaron "
                                + "a la Secretaría.")
                        .file(pdf("busqueda-del-tesoro-plazas.pdf", "Búsqueda del tesoro: plazas pagadas por escuela",
                                "Muestra revisada: 500 plazas de educación básica.",
                                "Plazas con centro de trabajo identificable: 190 (38 %).",
                                "Fuentes consultadas: Plataforma Nacional de Transparencia, Transparencia Presupuestaria.",
                                "Recomendación: publicar la nómina por centro de trabajo en formato abierto."))
                        .link(PNT))
                .milestone(milestone("Primera publicación de la nómina por centro de trabajo",
                        "Conjunto de datos trimestral con clave de centro de trabajo, tipo de plaza y fuente de financiamiento.")
                        .days(-170, -90).weight(25).status(VERIFIED).by("educacion")
                        .report(DEPENDENCIA, 100, FINAL_RESULT, "Se publicó la nómina del trimestre con clave de centro de trabajo, "
                                + "tipo de plaza y fuente de financiamiento; el IVAI validó la versión pública.")
                        .file(csv("nomina-por-centro-de-trabajo-muestra.csv",
                                "trimestre,cct,municipio,tipo_de_plaza,fuente,plazas_pagadas,matricula",
                                "{year}-T1,30EPR0112B,Xalapa,Docente frente a grupo,FONE,18,512",
                                "{year}-T1,30EPR2231H,Papantla,Docente frente a grupo,FONE,4,161",
                                "{year}-T1,30DPR1408T,Zongolica,Docente bilingüe,FONE,2,97"))
                        .link(TRANSPARENCIA_PRESUPUESTARIA))
                .milestone(milestone("Visor de plazas contra matrícula por escuela",
                        "Visor en línea que compara plazas pagadas, comisiones y matrícula de cada escuela.")
                        .days(-100, -15).weight(35).status(IN_PROGRESS).by("educacion", "osc1")
                        .report(DEPENDENCIA, 30, FIRST_PROGRESS, "Se integraron las bases de nómina y de matrícula; falta homologar "
                                + "las claves de 1,200 centros de trabajo.")
                        .report(DEPENDENCIA, 65, SECOND_PROGRESS, "El visor funciona para 7 de 10 regiones; la liberación se retrasó "
                                + "por la revisión de datos personales.")
                        .file(png("avance-visor-por-region.png", 100, 100, 100, 90, 100, 100, 100, 40, 20, 0)))
                .milestone(milestone("Publicación trimestral de comisiones y licencias",
                        "Listado trimestral de comisiones y licencias con goce de sueldo, por centro de trabajo de origen.")
                        .days(-60, 6).weight(25).status(IN_PROGRESS).by("educacion")
                        .report(DEPENDENCIA, 50, FIRST_PROGRESS, "Se compiló el listado de comisiones; el de licencias está en "
                                + "validación jurídica.")));

        plan.commitment(commitment("Presupuesto ciudadano y trazabilidad de la inversión en agua potable")
                .problem("Colonias de Xalapa, Veracruz y Coatzacoalcos padecen tandeos y fugas, mientras la inversión anual en agua "
                        + "potable no puede rastrearse hasta la obra ni el municipio que la ejecuta.")
                .statusQuo("Los recursos del FISE y los convenios con organismos operadores se reportan por fondo, sin localizar las "
                        + "obras; no existe un presupuesto ciudadano del agua.")
                .objective("Rastrear cada peso invertido en agua potable desde su asignación hasta la obra terminada.")
                .description("Elaborar un presupuesto ciudadano del agua, publicar un mapa abierto de obras con monto y avance, y "
                        + "hacer recorridos de verificación con comités vecinales.")
                .howItSolves("El mapa une presupuesto, contrato y lugar; los recorridos confirman en campo si la obra existe y "
                        + "funciona, y la mesa de diálogo obliga a responder por las diferencias.")
                .values("Abre información de obra por localidad, la lleva a colonias afectadas y crea un espacio de diálogo y "
                        + "respuesta con los organismos operadores.", TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, INCLUSION)
                .sdg("ODS 6 (Agua limpia y saneamiento), metas 6.1 y 6.b; ODS 16, meta 16.6.")
                .gender("La falta de agua recae sobre todo en las mujeres, responsables del acarreo y de los cuidados; los "
                        + "recorridos recogerán su experiencia y los comités vecinales serán paritarios.")
                .risk("Riesgo medio: la información de obra está en manos de organismos operadores municipales con capacidades "
                        + "desiguales. Mitigación: convenio de colaboración con los organismos de las tres ciudades piloto.")
                .actors("hacienda", "osc2", "osc1", "academia")
                .program("K025", "Infraestructura de agua potable, alcantarillado y saneamiento")
                .funding("FISE (Ramo 33) / Recursos estatales")
                .sources("Informes trimestrales de recursos federales transferidos (FISE); Presupuesto de Egresos del Estado de "
                        + "Veracruz; Cuenta Pública; obligaciones de transparencia de los organismos operadores de agua.")
                .budget("1,245,300,000", "1,198,760,500", "1,102,418,900.60", "1,310,000,000", "1,356,240,000", "642,870,115")
                .milestone(milestone("Presupuesto ciudadano del agua",
                        "Documento en lenguaje ciudadano con el gasto en agua potable por fondo, municipio y organismo operador.")
                        .days(-210, -150).status(VERIFIED).by("hacienda", "osc2")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "Se publicó el presupuesto ciudadano del agua y se presentó en tres "
                                + "foros vecinales con 160 asistentes.")
                        .file(pdf("presupuesto-ciudadano-agua.pdf", "Presupuesto ciudadano del agua",
                                "¿Cuánto se invierte en agua potable? Aprobado {lastYear}: 1,245.3 millones de pesos.",
                                "¿De dónde viene el dinero? FISE (Ramo 33) y recursos estatales.",
                                "¿Quién ejecuta? Organismos operadores municipales y la Secretaría.",
                                "¿Cómo vigilar? Consulta el mapa de obras y participa en los recorridos."))
                        .link("https://www.veracruz.gob.mx/"))
                .milestone(milestone("Mapa abierto de obras de agua potable",
                        "Mapa en línea y conjunto de datos con ubicación, monto, contratista y avance de cada obra.")
                        .days(-150, -60).status(COMPLETE).by("hacienda", "academia")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "El mapa incluye 87 obras en 21 municipios; la Universidad "
                                + "Veracruzana revisó la georreferenciación.")
                        .file(budgetCsv("presupuesto-agua-potable.csv")))
                .milestone(milestone("Recorridos de verificación con comités vecinales",
                        "Doce recorridos con cédula de verificación en colonias de Xalapa, Veracruz y Coatzacoalcos.")
                        .days(-40, 30).status(IN_PROGRESS).by("osc2", "osc1")
                        .report(OSC, 25, FIRST_PROGRESS, "Se realizaron los tres primeros recorridos en colonias de Xalapa; en dos "
                                + "obras el avance observado es menor que el reportado.")
                        .file(png("avance-reportado-vs-observado.png", 80, 45, 60, 60, 95, 70)))
                .milestone(milestone("Mesa de diálogo con organismos operadores sobre los hallazgos",
                        "Minuta con acuerdos, responsables y plazos para cada hallazgo de los recorridos.")
                        .days(35, 80).by("hacienda", "osc2")));

        plan.commitment(commitment("Gasto abierto en la atención de emergencias por lluvias")
                .problem("Tras cada temporada de lluvias se ejercen recursos de emergencia por adjudicación directa, sin que la "
                        + "población afectada sepa qué se compró, a quién y si llegó a su comunidad.")
                .statusQuo("Las compras de emergencia se publican meses después y sin relación con las declaratorias ni con las "
                        + "localidades atendidas.")
                .objective("Publicar en un máximo de 30 días cada compra de emergencia con su declaratoria, proveedor, monto y "
                        + "localidad de entrega.")
                .description("Aprobar un protocolo de transparencia proactiva para emergencias, abrir un micrositio del gasto en "
                        + "emergencias y realizar una auditoría ciudadana de la emergencia más reciente.")
                .howItSolves("Reduce la opacidad justo cuando los controles ordinarios se relajan y da a las comunidades afectadas "
                        + "información para reclamar lo que no llegó.")
                .values("Transparencia proactiva en emergencias, con participación de jóvenes y academia en la auditoría ciudadana.",
                        TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 11, meta 11.5 (reducir las pérdidas por desastres); ODS 13, meta 13.1 (resiliencia); ODS 16, meta 16.5.")
                .gender("El micrositio registrará los apoyos entregados a hogares encabezados por mujeres y la auditoría ciudadana "
                        + "incluirá entrevistas con ellas.")
                .risk("Riesgo alto: en plena emergencia la prioridad es atender; la publicación puede postergarse. Mitigación: "
                        + "formatos precargados y una persona enlace de la Contraloría dedicada a la publicación.")
                .actors("contraloria", "osc3", "academia", "instituto")
                .program("E089", "Protección civil y atención de emergencias")
                .funding("Fondo estatal para la atención de desastres / Recursos estatales")
                .sources("Declaratorias de emergencia publicadas en la Gaceta Oficial; contratos de adjudicación directa en la "
                        + "Plataforma Nacional de Transparencia; Cuenta Pública del Estado de Veracruz.")
                .budget("350,000,000", "612,480,250", "598,312,004.15", "380,000,000", "402,150,000", "211,908,330.70")
                .milestone(milestone("Protocolo de transparencia proactiva para emergencias",
                        "Protocolo aprobado por el Secretariado y publicado por la Contraloría.")
                        .days(-190, -120).weight(30).status(COMPLETE).by("contraloria")
                        .report(INSTITUTO, 100, FINAL_RESULT, "El protocolo se aprobó en sesión del Secretariado y lo publicó la "
                                + "Contraloría; el IVAI lo incorporó a sus criterios de transparencia proactiva.")
                        .link(PNT))
                .milestone(milestone("Micrositio del gasto en emergencias",
                        "Micrositio con cada compra de emergencia, su declaratoria, proveedor, monto y localidad de entrega.")
                        .days(-100, -20).weight(40).by("contraloria", "osc3"))
                .milestone(milestone("Auditoría ciudadana de la emergencia más reciente",
                        "Informe de auditoría ciudadana con hallazgos y recomendaciones.")
                        .days(10, 75).weight(30).by("osc3", "academia")));

        plan.commitment(commitment("Becas de transporte estudiantil con padrón abierto")
                .draft()
                .problem("Estudiantes de bachillerato de zonas rurales abandonan la escuela por el costo del transporte; no se sabe "
                        + "quién recibe las becas estatales de transporte ni con qué criterios.")
                .statusQuo("El padrón de beneficiarios se publica una vez al año, sin municipio ni monto por persona.")
                .objective("Publicar cada bimestre el padrón de becas de transporte con municipio, escuela y monto.")
                .description("Padrón abierto, reglas de operación en lenguaje ciudadano y un buzón de quejas con seguimiento público.")
                .howItSolves("Permite comprobar que las becas llegan a las zonas con mayor abandono escolar y canalizar quejas.")
                .values("Datos abiertos del padrón y un mecanismo de quejas accesible a jóvenes.", TRANSPARENCY, INCLUSION)
                .sdg("ODS 4, meta 4.1; ODS 10, meta 10.2.")
                .gender("El padrón se desagregará por sexo para verificar que las becas llegan a las adolescentes, que abandonan "
                        + "más la escuela en localidades rurales.")
                .risk("Riesgo medio: protección de datos personales de menores de edad. Mitigación: publicar iniciales y escuela, "
                        + "nunca el nombre completo.")
                .actors("educacion", "osc3")
                .startsAMonthLater()
                .program("S031", "Becas de transporte para estudiantes de educación media superior")
                .funding("Recursos estatales")
                .sources("Reglas de operación publicadas en la Gaceta Oficial; padrón de beneficiarios en la Plataforma Nacional "
                        + "de Transparencia.")
                .budget("64,000,000", "61,250,000", "60,980,400", "66,500,000", "66,500,000", "41,006,250")
                .milestone(milestone("Padrón bimestral en datos abiertos", "Conjunto de datos bimestral del padrón de becas.")
                        .days(20, 70).by("educacion"))
                .milestone(milestone("Reglas de operación en lenguaje ciudadano", "Guía breve impresa y en línea.")
                        .days(20, 50).by("educacion", "osc3"))
                .milestone(milestone("Buzón de quejas con seguimiento público", "Buzón en línea y reporte bimestral de quejas.")
                        .days(45, 85).by("osc3")));
        return state.plan(plan);
    }

    // =============================================================================================
    // Zacatecas: acompañamiento presencial

    private static StateSpec zacatecas() {
        StateSpec state = new StateSpec("ZAC", "Zacatecas", "Secretariado Técnico Local de Gobierno Abierto de Zacatecas")
                .actor("contraloria", GOVERNMENT_AGENCY, "Secretaría de la Función Pública del Estado de Zacatecas")
                .actor("hacienda", GOVERNMENT_AGENCY, "Secretaría de Finanzas del Estado de Zacatecas")
                .actor("salud", GOVERNMENT_AGENCY, "Servicios de Salud de Zacatecas")
                .actor("educacion", GOVERNMENT_AGENCY, "Secretaría de Educación del Estado de Zacatecas")
                .actor("instituto", INFORMATION_INSTITUTE, "Instituto Zacatecano de Transparencia, Acceso a la Información y "
                        + "Protección de Datos Personales (IZAI)")
                .actor("osc1", CSO, "Observatorio Ciudadano Zacatecano del Gasto, A.C.")
                .actor("osc2", CSO, "Colectivo Semillas del Semidesierto, A.C.")
                .actor("academia", ACADEMIA, "Universidad Autónoma de Zacatecas, Unidad Académica de Economía");
        people(state, "contraloria", "salud",
                "Verónica Elizabeth Saucedo Robles", "Héctor Manuel de la Torre Castañeda", "Brenda Yazmín Rivera Longoria",
                "José Guadalupe Ortiz Haro", "Rubén Darío Muro Ibarra");

        PlanSpec plan = new PlanSpec("Plan de Acción Local de Gobierno Abierto de Zacatecas %1$d–%2$d")
                .theory("Búsquedas del tesoro sobre medicamentos y caminos rurales; conformación y capacitación de comités de "
                                + "contraloría social; sesiones de cocreación con dependencias, el IZAI y la Universidad.",
                        "Inventario público de abasto; reporte ciudadano de desabasto; cédulas de vigilancia de obra; padrón "
                                + "abierto de becas; informes de respuesta de las dependencias.",
                        "Comunidades y organizaciones vigilan el gasto con información suficiente y reciben respuesta a sus "
                                + "hallazgos; las dependencias corrigen el desabasto y las fallas de obra señaladas.",
                        "Servicios de salud, caminos y becas que funcionan mejor para la población rural y semiurbana de Zacatecas.");

        plan.commitment(commitment("Abasto y gasto transparente en medicamentos del primer nivel de atención")
                .problem("En los centros de salud rurales falta con frecuencia el cuadro básico de medicamentos, sin que se sepa si "
                        + "el problema está en la compra, en la distribución o en el almacenamiento.")
                .statusQuo("Existe un inventario interno de abasto que no es público; las quejas por desabasto se atienden caso por "
                        + "caso y no se publican.")
                .objective("Hacer públicos el abasto de cada centro de salud y el gasto en medicamentos, y responder a los reportes "
                        + "ciudadanos de desabasto en un plazo máximo de diez días.")
                .description("Publicar un inventario de abasto de 120 centros de salud, habilitar un reporte ciudadano de desabasto "
                        + "en línea y por mensaje de texto, e informar públicamente la respuesta a cada reporte.")
                .howItSolves("Al cruzar inventario, compras y reportes ciudadanos se ubica el eslabón que falla y se asignan "
                        + "responsables de corregirlo.")
                .values("Publica el abasto por unidad, abre un canal ciudadano de reporte y rinde cuentas de cada respuesta.",
                        TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION)
                .sdg("ODS 3, meta 3.8; ODS 16, meta 16.6.")
                .gender("Se dará seguimiento específico al abasto de anticonceptivos, ácido fólico y medicamentos para el control "
                        + "prenatal.")
                .risk("Riesgo medio: el inventario depende de la captura oportuna en cada centro de salud. Mitigación: capacitación "
                        + "a responsables de farmacia y verificación aleatoria del Observatorio.")
                .actors("salud", "osc1", "instituto")
                .program("E023", "Prestación de servicios en el primer nivel de atención")
                .funding("FASSA (Ramo 33) / Recursos estatales")
                .sources("Transparencia Presupuestaria (FASSA); Cuenta Pública del Estado de Zacatecas; contratos de adquisición en "
                        + "la Plataforma Nacional de Transparencia; inventario de abasto publicado por Servicios de Salud.")
                .budget("1,842,500,000", "1,910,334,800", "1,887,120,600.35", "1,905,000,000", "1,948,720,000", "1,322,405,980.10")
                .milestone(milestone("Búsqueda del tesoro: del presupuesto a la farmacia del centro de salud",
                        "Informe con la ruta seguida, el tiempo empleado y las recomendaciones.")
                        .days(-215, -165).weight(20).status(VERIFIED).by("osc1", "salud")
                        .report(OSC, 100, FINAL_RESULT, "Dos equipos siguieron el gasto del presupuesto aprobado a la farmacia de "
                                + "cinco centros de salud; la información se perdía en la etapa de distribución.")
                        .file(pdf("busqueda-del-tesoro-farmacias.pdf", "Búsqueda del tesoro: del presupuesto a la farmacia",
                                "Centros de salud visitados: 5 (Fresnillo, Jerez, Pinos, Sombrerete y Tlaltenango).",
                                "Preguntas respondidas con información pública: 7 de 12.",
                                "Eslabón sin información: distribución del almacén central a las unidades.",
                                "Recomendación: publicar el inventario de abasto por unidad médica.")))
                .milestone(milestone("Inventario público de abasto en 120 centros de salud",
                        "Conjunto de datos semanal con el abasto de las claves del cuadro básico en cada centro de salud.")
                        .days(-160, -70).weight(30).status(COMPLETE).by("salud")
                        .report(DEPENDENCIA, 100, FINAL_RESULT, "El inventario de los 120 centros de salud se publica cada lunes.")
                        .file(csv("inventario-abasto-centros-de-salud.csv", "semana,centro_de_salud,municipio,claves_cuadro_basico,claves_con_abasto,porcentaje",
                                "{year}-S10,Centro de Salud Fresnillo,Fresnillo,120,104,86.7",
                                "{year}-S10,Centro de Salud Pinos,Pinos,120,83,69.2",
                                "{year}-S10,Centro de Salud Sombrerete,Sombrerete,120,97,80.8")))
                .milestone(milestone("Reporte ciudadano de desabasto en línea y por mensaje de texto",
                        "Canal de reporte en funcionamiento y tablero público de reportes recibidos y atendidos.")
                        .days(-80, -8).weight(30).status(IN_PROGRESS).by("salud", "osc1")
                        .report(DEPENDENCIA, 45, FIRST_PROGRESS, "El formulario en línea funciona; el canal por mensaje de texto "
                                + "espera la firma del convenio con el proveedor.")
                        .report(OSC, 60, SECOND_PROGRESS, "El Observatorio probó el formulario en 15 comunidades: se recibieron 42 "
                                + "reportes, 29 atendidos en menos de diez días.")
                        .link("https://www.zacatecas.gob.mx/"))
                .milestone(milestone("Informe de respuesta a los reportes de desabasto",
                        "Informe trimestral con cada reporte, la causa identificada y la solución.")
                        .days(25, 85).weight(20).by("salud")));

        plan.commitment(commitment("Contraloría social en caminos rurales financiados con el FAFEF")
                .problem("Comunidades rurales denuncian caminos que se deterioran meses después de entregados, sin saber qué se "
                        + "contrató ni con qué especificaciones.")
                .statusQuo("Los expedientes de obra no son públicos y los comités de contraloría social existen sólo en el papel.")
                .objective("Que comités comunitarios capacitados vigilen las obras de caminos rurales con la información del "
                        + "expediente y reciban respuesta a sus hallazgos.")
                .description("Seleccionar obras de caminos rurales, conformar y capacitar comités de contraloría social, realizar "
                        + "visitas de verificación y publicar la respuesta a los hallazgos.")
                .howItSolves("Los comités comparan lo contratado con lo construido; la Secretaría de la Función Pública da curso "
                        + "a cada hallazgo y lo informa públicamente.")
                .values("Participación comunitaria informada en la vigilancia de la obra pública y respuesta pública a sus hallazgos.",
                        TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 9, meta 9.1 (infraestructura resiliente); ODS 16, metas 16.5 y 16.7.")
                .gender("Al menos la mitad de las personas integrantes de los comités serán mujeres; las visitas se programan en "
                        + "horarios compatibles con sus tareas de cuidado.")
                .risk("Riesgo medio: distancias y condiciones de seguridad en algunas rutas. Mitigación: visitas acompañadas por "
                        + "personal de la Secretaría y calendario flexible.")
                .actors("contraloria", "osc2", "osc1")
                .program("K004", "Caminos rurales y alimentadores")
                .funding("FAFEF (Ramo 33)")
                .sources("Informes trimestrales de recursos federales transferidos (FAFEF); Transparencia Presupuestaria; contratos "
                        + "de obra en la Plataforma Nacional de Transparencia; Cuenta Pública estatal.")
                .budget("265,800,000", "281,450,900", "279,906,310", "240,000,000", "252,600,000", "139,774,120.55")
                .milestone(milestone("Selección de obras y conformación de comités de contraloría social",
                        "Actas de constitución de ocho comités y listado de obras seleccionadas.")
                        .days(-200, -140).status(VERIFIED).by("contraloria", "osc2")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "Se constituyeron ocho comités en seis municipios para vigilar ocho "
                                + "obras de caminos rurales.")
                        .file(pdf("actas-comites-contraloria-social.pdf", "Constitución de comités de contraloría social",
                                "Comités constituidos: 8, en los municipios de Pinos, Villa de Cos, Mazapil, Jalpa, Valparaíso y Sain Alto.",
                                "Integrantes: 46 personas (25 mujeres y 21 hombres).",
                                "Obras vigiladas: 8 tramos de caminos rurales, 61.4 km en total.")))
                .milestone(milestone("Capacitación a comités en la lectura de expedientes de obra",
                        "Ocho talleres y una guía breve de lectura de expedientes técnicos.")
                        .days(-140, -90).status(COMPLETE).by("contraloria", "osc2")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "Se impartieron los ocho talleres con 41 de las 46 personas integrantes.")
                        .file(budgetCsv("presupuesto-caminos-rurales.csv")))
                .milestone(milestone("Visitas de verificación con cédula de vigilancia",
                        "Dieciséis visitas (dos por obra) con cédula de vigilancia, fotografías y hallazgos.")
                        .days(-70, 11).status(IN_PROGRESS).by("osc2", "osc1")
                        .report(OSC, 55, FIRST_PROGRESS, "Se realizaron nueve de las dieciséis visitas; en dos tramos el espesor de la "
                                + "carpeta no coincide con el proyecto.")
                        .file(png("visitas-por-obra.png", 100, 100, 50, 50, 100, 50, 0, 0))
                        .link(PNT))
                .milestone(milestone("Respuesta pública a los hallazgos",
                        "Informe de la Secretaría con la atención dada a cada hallazgo de los comités.")
                        .days(20, 80).by("contraloria")));

        plan.commitment(commitment("Becas estatales con padrón de beneficiarios abierto")
                .problem("Las becas estatales para la permanencia escolar no llegan siempre a quienes más las necesitan, y el padrón "
                        + "no permite comprobarlo.")
                .statusQuo("El padrón se publica en PDF, sin escuela ni localidad, y las reglas de operación son difíciles de entender.")
                .objective("Publicar el padrón en datos abiertos y evaluar si las becas llegan a las escuelas con mayor abandono escolar.")
                .description("Padrón de beneficiarios en datos abiertos, reglas de operación en lenguaje ciudadano y una evaluación "
                        + "de focalización a cargo de la Universidad.")
                .howItSolves("La evaluación muestra si los criterios de asignación funcionan y propone ajustes respaldados con datos.")
                .values("Datos abiertos del padrón, evaluación independiente y lenguaje ciudadano.", TRANSPARENCY,
                        PUBLIC_ACCOUNTABILITY, INCLUSION)
                .sdg("ODS 4, meta 4.1; ODS 10, meta 10.2.")
                .gender("La evaluación analizará por separado a niñas y adolescentes, que abandonan más la escuela en comunidades "
                        + "con migración.")
                .risk("Riesgo bajo: el padrón ya existe; la evaluación depende de la firma de un convenio con la Universidad.")
                .actors("educacion", "osc2", "academia")
                .program("S020", "Becas estatales para la permanencia escolar")
                .funding("Recursos estatales")
                .sources("Reglas de operación en el Periódico Oficial del Estado; padrón de beneficiarios en la Plataforma Nacional "
                        + "de Transparencia; Cuenta Pública estatal.")
                .budget("96,000,000", "92,450,000", "92,318,400", "98,500,000", "98,500,000", "61,245,000")
                .milestone(milestone("Publicación del padrón de beneficiarios en datos abiertos",
                        "Conjunto de datos con escuela, localidad, nivel y monto de cada beca (sin datos personales).")
                        .days(-180, -100).weight(40).status(COMPLETE).by("educacion")
                        .report(INSTITUTO, 100, FINAL_RESULT, "El IZAI revisó la versión pública del padrón y confirmó que no expone "
                                + "datos personales; el padrón está publicado.")
                        .link(PNT))
                .milestone(milestone("Reglas de operación en lenguaje ciudadano",
                        "Guía breve de las reglas de operación, validada con madres y padres de familia.")
                        .days(-90, -25).weight(20).status(IN_PROGRESS).by("educacion", "academia")
                        .report(SECRETARIADO, 70, FIRST_PROGRESS, "El borrador de la guía se validó en dos grupos focales; falta la "
                                + "aprobación del área jurídica."))
                .milestone(milestone("Evaluación de la focalización de las becas",
                        "Informe de evaluación con recomendaciones sobre los criterios de asignación.")
                        .days(-20, 60).weight(40).by("academia")));

        plan.commitment(commitment("Transparencia en la deuda pública estatal")
                .draft()
                .problem("El servicio de la deuda absorbe recursos que podrían destinarse a servicios públicos, y la ciudadanía no "
                        + "conoce las condiciones de cada crédito.")
                .statusQuo("La información de la deuda se publica en informes trimestrales agregados.")
                .objective("Publicar crédito por crédito las condiciones, el destino y los pagos de la deuda pública estatal.")
                .description("Ficha abierta por crédito, calendario de pagos y un informe ciudadano anual de la deuda.")
                .howItSolves("Permite a la ciudadanía y al Congreso comparar condiciones y vigilar el destino de los recursos.")
                .values("Información detallada y comprensible sobre la deuda pública.", TRANSPARENCY, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 16, meta 16.6; ODS 17, meta 17.4 (sostenibilidad de la deuda).")
                .gender("El informe ciudadano estimará qué servicios para mujeres podrían financiarse con los ahorros de una "
                        + "reestructura.")
                .risk("Riesgo bajo: la información existe en la Secretaría de Finanzas.")
                .actors("hacienda", "osc1", "academia")
                .program("D001", "Costo financiero de la deuda pública")
                .funding("Recursos estatales / Participaciones (Ramo 28)")
                .sources("Registro público único de financiamientos; informes trimestrales de deuda; Cuenta Pública estatal.")
                .budget("1,120,000,000", "1,164,300,000", "1,164,299,850", "1,180,000,000", "1,180,000,000", "862,410,500")
                .milestone(milestone("Ficha abierta por crédito", "Conjunto de datos con las condiciones de cada crédito.")
                        .days(20, 60).by("hacienda"))
                .milestone(milestone("Calendario de pagos en datos abiertos", "Calendario mensual de pagos por crédito.")
                        .days(30, 70).by("hacienda"))
                .milestone(milestone("Informe ciudadano de la deuda", "Informe anual en lenguaje ciudadano.")
                        .days(50, 85).by("osc1", "academia")));
        return state.plan(plan);
    }

    // =============================================================================================
    // Chihuahua: acompañamiento a distancia

    private static StateSpec chihuahua() {
        StateSpec state = new StateSpec("CHIH", "Chihuahua", "Secretariado Técnico Local de Gobierno Abierto de Chihuahua")
                .actor("contraloria", GOVERNMENT_AGENCY, "Secretaría de la Función Pública del Estado de Chihuahua")
                .actor("hacienda", GOVERNMENT_AGENCY, "Secretaría de Hacienda del Estado de Chihuahua")
                .actor("salud", GOVERNMENT_AGENCY, "Secretaría de Salud del Estado de Chihuahua")
                .actor("educacion", GOVERNMENT_AGENCY, "Secretaría de Educación y Deporte del Estado de Chihuahua")
                .actor("instituto", INFORMATION_INSTITUTE, "Instituto Chihuahuense para la Transparencia y Acceso a la "
                        + "Información Pública (ICHITAIP)")
                .actor("osc1", CSO, "Red Sierra Tarahumara por la Rendición de Cuentas, A.C.")
                .actor("osc2", CSO, "Ciudadanía Vigilante del Desierto, A.C.")
                .actor("academia", ACADEMIA, "Universidad Autónoma de Chihuahua, Facultad de Economía Internacional");
        people(state, "hacienda", "educacion",
                "Gabriela Alejandra Terrazas Chávez", "Óscar Iván Loya Prieto", "Rosa Isela Batista Palma",
                "Diana Carolina Villalobos Ochoa", "Sergio Arturo Holguín Medina");

        PlanSpec plan = new PlanSpec("Plan de Acción Local de Gobierno Abierto de Chihuahua %1$d–%2$d")
                .theory("Sesiones de cocreación y acompañamiento a distancia; búsquedas del tesoro en línea; diálogo con "
                                + "comunidades de la Sierra Tarahumara con apoyo de traducción al rarámuri.",
                        "Padrón de escuelas serranas con plantilla; seguimiento bimestral de vacantes; tablero del FASP; "
                                + "revisiones ciudadanas de adquisiciones.",
                        "Las comunidades serranas y las organizaciones conocen y vigilan el gasto educativo y de seguridad; las "
                                + "dependencias cubren vacantes y corrigen irregularidades señaladas.",
                        "Escuelas serranas con docentes todo el ciclo escolar y un gasto en seguridad que rinde cuentas.");

        plan.commitment(commitment("Plazas docentes y gasto educativo en escuelas de la Sierra Tarahumara")
                .problem("Escuelas de la Sierra Tarahumara pasan meses sin docente mientras las plazas aparecen como ocupadas en "
                        + "la nómina; las comunidades no tienen a quién reclamar.")
                .statusQuo("No hay información pública de la plantilla autorizada y ocupada por escuela; las vacantes se conocen "
                        + "por denuncia de las comunidades.")
                .objective("Que cada comunidad serrana sepa cuántos docentes le corresponden, cuántos están en funciones y cuándo "
                        + "se cubrirán las vacantes.")
                .description("Publicar el padrón de escuelas serranas con plantilla autorizada y ocupada, dar seguimiento "
                        + "bimestral a las vacantes y rendir cuentas en asambleas comunitarias en lengua rarámuri.")
                .howItSolves("Hace visible la diferencia entre plazas pagadas y docentes en el aula y da a las comunidades un "
                        + "canal para exigir su cobertura.")
                .values("Información por escuela, diálogo en lengua indígena y seguimiento público de compromisos.",
                        TRANSPARENCY, CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, INCLUSION)
                .sdg("ODS 4, metas 4.1 y 4.5 (igualdad de acceso, pueblos indígenas); ODS 16, meta 16.7.")
                .gender("La falta de docentes afecta más a las niñas, que dejan la escuela antes; el seguimiento desagrega la "
                        + "matrícula por sexo.")
                .risk("Riesgo alto: conectividad limitada y distancias en la sierra. Mitigación: acompañamiento a distancia con "
                        + "visitas puntuales de la Red y materiales impresos.")
                .actors("educacion", "osc1", "instituto")
                .program("E030", "Educación básica indígena")
                .funding("FONE (Ramo 33) / Recursos estatales")
                .sources("Reportes trimestrales del FONE; Transparencia Presupuestaria; estadística educativa de inicio de ciclo; "
                        + "Cuenta Pública del Estado de Chihuahua.")
                .budget("2,415,000,000", "2,462,800,000", "2,449,615,200", "2,480,000,000", "2,531,000,000", "1,980,440,310")
                .milestone(milestone("Búsqueda del tesoro a distancia sobre plazas docentes en municipios serranos",
                        "Informe con la ruta seguida y recomendaciones.")
                        .days(-230, -180).weight(20).status(VERIFIED).by("osc1", "educacion")
                        .report(OSC, 100, FINAL_RESULT, "En sesiones a distancia, cuatro equipos intentaron saber cuántos docentes "
                                + "tiene cada escuela de Guachochi y Batopilas; sólo lo lograron para 11 de 40 escuelas.")
                        .file(pdf("busqueda-del-tesoro-sierra.pdf", "Búsqueda del tesoro a distancia: plazas docentes en la sierra",
                                "Escuelas consultadas: 40 (Guachochi y Batopilas).",
                                "Escuelas con plantilla identificable: 11.",
                                "Recomendación: publicar la plantilla autorizada y ocupada por escuela."))
                        .link(PNT))
                .milestone(milestone("Padrón público de escuelas serranas con plantilla autorizada y ocupada",
                        "Conjunto de datos por escuela con plantilla autorizada, ocupada y vacantes.")
                        .days(-175, -60).weight(30).status(COMPLETE).by("educacion")
                        .report(DEPENDENCIA, 100, FINAL_RESULT, "Se publicó el padrón de 612 escuelas serranas con su plantilla.")
                        .file(csv("plantilla-escuelas-serranas.csv", "cct,escuela,municipio,plazas_autorizadas,plazas_ocupadas,vacantes",
                                "08DPB0123X,Escuela Primaria Bilingüe Rarámuri,Guachochi,6,4,2",
                                "08DPB0456M,Escuela Primaria Bilingüe Benito Juárez,Batopilas,3,3,0",
                                "08DPB0789Q,Escuela Primaria Bilingüe Sierra Madre,Guadalupe y Calvo,4,2,2")))
                .milestone(milestone("Seguimiento bimestral de vacantes cubiertas",
                        "Reporte bimestral público de vacantes cubiertas y pendientes por escuela.")
                        .days(-50, 13).weight(30).status(IN_PROGRESS).by("educacion", "osc1")
                        .report(DEPENDENCIA, 40, FIRST_PROGRESS, "En el primer bimestre se cubrieron 58 de 141 vacantes; la gráfica "
                                + "muestra el avance por región.")
                        .file(png("vacantes-cubiertas-por-region.png", 52, 38, 61, 27)))
                .milestone(milestone("Asambleas comunitarias de rendición de cuentas en lengua rarámuri",
                        "Seis asambleas con traducción y minutas en español y rarámuri.")
                        .days(-20, 70).weight(20).by("osc1", "educacion")));

        plan.commitment(commitment("Seguimiento abierto al Fondo de Aportaciones para la Seguridad Pública")
                .problem("El estado recibe cada año cientos de millones de pesos del FASP, pero la población no sabe en qué se "
                        + "gastan ni con qué resultados.")
                .statusQuo("El anexo técnico y los informes de avance no se publican de forma completa ni oportuna.")
                .objective("Publicar el anexo técnico, el calendario y el avance físico-financiero del FASP, y abrir las "
                        + "adquisiciones de equipamiento a revisión ciudadana.")
                .description("Publicación del anexo técnico y del calendario de ministraciones, tablero trimestral de avance por "
                        + "programa con prioridad nacional y revisión ciudadana de adquisiciones de equipamiento.")
                .howItSolves("Con información completa y oportuna, organizaciones y academia pueden comparar lo programado con lo "
                        + "ejercido y señalar retrasos o compras injustificadas.")
                .values("Apertura de información de seguridad pública compatible con la reserva legal y revisión ciudadana.",
                        TRANSPARENCY, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 16, metas 16.1 (reducir la violencia) y 16.6.")
                .gender("El tablero mostrará por separado el gasto en prevención de la violencia contra las mujeres.")
                .risk("Riesgo alto: parte de la información puede clasificarse como reservada. Mitigación: versiones públicas "
                        + "revisadas con el ICHITAIP.")
                .actors("hacienda", "osc2", "osc1", "academia")
                .program("I011", "Fondo de Aportaciones para la Seguridad Pública (FASP)")
                .funding("FASP (Ramo 33) / Coparticipación estatal")
                .sources("Transparencia Presupuestaria (FASP); informes trimestrales de recursos federales transferidos; "
                        + "Periódico Oficial del Estado; Cuenta Pública del Estado de Chihuahua.")
                .budget("628,400,000", "640,112,900", "612,773,450.20", "651,000,000", "651,000,000", "318,002,711.65")
                .milestone(milestone("Publicación del anexo técnico y del calendario de ministraciones",
                        "Versión pública del anexo técnico y calendario de ministraciones del ejercicio.")
                        .days(-200, -150).status(VERIFIED).by("hacienda")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "Se publicó la versión pública del anexo técnico, revisada con el "
                                + "ICHITAIP, y el calendario de ministraciones.")
                        .file(budgetCsv("presupuesto-fasp.csv"))
                        .link(TRANSPARENCIA_PRESUPUESTARIA))
                .milestone(milestone("Tablero trimestral de avance físico-financiero",
                        "Tablero con el avance por programa con prioridad nacional, actualizado cada trimestre.")
                        .days(-150, -30).status(IN_PROGRESS).by("hacienda", "contraloria")
                        .report(SECRETARIADO, 60, FIRST_PROGRESS, "El tablero muestra dos trimestres; la actualización del tercero "
                                + "espera la conciliación con las instancias ejecutoras.")
                        .file(csv("avance-fasp-por-programa.csv", "trimestre,programa,programado,ejercido,porcentaje",
                                "{year}-T1,Profesionalización de las instituciones de seguridad,42000000.00,18650000.00,44.4",
                                "{year}-T1,Equipamiento e infraestructura,118500000.00,35120400.00,29.6",
                                "{year}-T1,Prevención social de la violencia,15300000.00,9870000.00,64.5")))
                .milestone(milestone("Revisión ciudadana de las adquisiciones de equipamiento",
                        "Informe de revisión ciudadana de una muestra de adquisiciones, con recomendaciones.")
                        .days(-30, 45).by("osc2", "academia")));

        plan.commitment(commitment("Gasto en salud materna en municipios serranos")
                .draft()
                .problem("La mortalidad materna en municipios serranos es mayor que el promedio estatal y no se sabe cuánto se "
                        + "invierte ahí en atención del embarazo y el parto.")
                .statusQuo("El gasto en salud materna se reporta de forma estatal, sin desglose municipal.")
                .objective("Publicar el gasto en salud materna por municipio serrano y vigilar su ejercicio.")
                .description("Desglose municipal del gasto, mapa de posadas de atención a la mujer embarazada y seguimiento ciudadano.")
                .howItSolves("Permite dirigir el gasto a donde más se necesita y verificar que las posadas funcionen.")
                .values("Información desagregada y participación de parteras y promotoras comunitarias.", TRANSPARENCY,
                        CITIZEN_PARTICIPATION, INCLUSION)
                .sdg("ODS 3, meta 3.1 (mortalidad materna); ODS 5, meta 5.6.")
                .gender("Compromiso centrado en los derechos de las mujeres indígenas embarazadas.")
                .risk("Riesgo medio: la información municipal requiere un cambio en los sistemas de registro.")
                .actors("salud", "osc1")
                .startsAMonthLater()
                .program("E033", "Salud materna, sexual y reproductiva")
                .funding("FASSA (Ramo 33)")
                .sources("Transparencia Presupuestaria (FASSA); Cuenta Pública estatal.")
                .budget("148,000,000", "151,300,000", "149,870,400", "152,500,000", "152,500,000", "104,220,950")
                .milestone(milestone("Desglose municipal del gasto en salud materna", "Conjunto de datos por municipio serrano.")
                        .days(20, 60).by("salud"))
                .milestone(milestone("Mapa de posadas de atención a la mujer embarazada", "Mapa en línea con ubicación y servicios.")
                        .days(30, 75).by("salud", "osc1"))
                .milestone(milestone("Seguimiento ciudadano con parteras y promotoras", "Informe de seguimiento en cuatro municipios.")
                        .days(60, 85).by("osc1")));
        return state.plan(plan);
    }

    // =============================================================================================
    // Durango: acompañamiento a distancia

    private static StateSpec durango() {
        StateSpec state = new StateSpec("DGO", "Durango", "Secretariado Técnico Local de Gobierno Abierto de Durango")
                .actor("contraloria", GOVERNMENT_AGENCY, "Secretaría de Contraloría del Estado de Durango")
                .actor("hacienda", GOVERNMENT_AGENCY, "Secretaría de Finanzas y de Administración del Estado de Durango")
                .actor("salud", GOVERNMENT_AGENCY, "Secretaría de Salud del Estado de Durango")
                .actor("educacion", GOVERNMENT_AGENCY, "Secretaría de Educación del Estado de Durango")
                .actor("instituto", INFORMATION_INSTITUTE, "Instituto Duranguense de Acceso a la Información Pública y de "
                        + "Protección de Datos Personales (IDAIP)")
                .actor("osc1", CSO, "Colectivo Guadiana por la Transparencia, A.C.")
                .actor("osc2", CSO, "Observatorio Lagunero del Gasto Social, A.C.")
                .actor("osc3", CSO, "Asociación de Personas Adultas Mayores del Valle del Guadiana")
                .actor("academia", ACADEMIA, "Universidad Juárez del Estado de Durango, Facultad de Economía, Contaduría y "
                        + "Administración");
        people(state, "contraloria", "salud",
                "Mónica Berenice Soto Quiñones", "Alejandro Meraz Galindo", "Karla Janeth Herrera Nevárez",
                "Fernando Rosales Bermúdez", "Silvia Guadalupe Barraza Lerma");

        PlanSpec plan = new PlanSpec("Plan de Acción Local de Gobierno Abierto de Durango %1$d–%2$d")
                .theory("Acompañamiento a distancia para el diseño de compromisos; mapa de riesgos de corrupción en un programa "
                                + "social; formación de grupos de vigilancia ciudadana; diálogo con tomadores de decisión.",
                        "Calendario y presupuesto de vacunación públicos; reportes mensuales por jurisdicción; mapa de riesgos; "
                                + "padrón abierto; recomendaciones con respuesta.",
                        "Grupos de vigilancia activos en los programas priorizados y recomendaciones atendidas por las dependencias.",
                        "Programas sociales y de salud con menos riesgos de corrupción y mejor focalizados.");

        plan.commitment(commitment("Vacunación y salud comunitaria con gasto abierto")
                .problem("En comunidades rurales las jornadas de vacunación no llegan o llegan sin biológicos suficientes, y no hay "
                        + "información pública sobre el gasto ni las dosis por jurisdicción.")
                .statusQuo("Las coberturas se informan a nivel estatal una vez al año; el gasto en insumos no se desglosa.")
                .objective("Publicar cada mes las dosis aplicadas, los insumos y el gasto por jurisdicción sanitaria, y verificarlos "
                        + "en campo con organizaciones.")
                .description("Calendario y presupuesto público de las jornadas, reporte mensual por jurisdicción y verificación "
                        + "ciudadana en 30 comunidades rurales.")
                .howItSolves("La información mensual permite detectar a tiempo dónde faltan biológicos; la verificación en campo "
                        + "contrasta lo reportado con lo que vive la comunidad.")
                .values("Datos mensuales abiertos y verificación ciudadana en campo.", TRANSPARENCY, CITIZEN_PARTICIPATION,
                        PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 3, metas 3.2 y 3.b (vacunación); ODS 16, meta 16.6.")
                .gender("Las madres son quienes llevan a vacunar a niñas y niños; la verificación recogerá su experiencia sobre "
                        + "horarios y distancias.")
                .risk("Riesgo medio: retrasos en la entrega federal de biológicos. Mitigación: el reporte distingue faltantes de "
                        + "origen federal y estatal.")
                .actors("salud", "osc1", "osc2")
                .program("E036", "Vacunación universal y salud comunitaria")
                .funding("FASSA (Ramo 33) / Recursos estatales")
                .sources("Transparencia Presupuestaria (FASSA); Cuenta Pública del Estado de Durango; reportes mensuales de la "
                        + "Secretaría de Salud.")
                .budget("214,300,000", "221,870,400", "219,004,100", "226,000,000", "229,500,000", "148,331,905.40")
                .milestone(milestone("Calendario y presupuesto públicos de las jornadas de vacunación",
                        "Calendario anual de jornadas por jurisdicción con el presupuesto asignado.")
                        .days(-220, -160).weight(25).status(VERIFIED).by("salud")
                        .report(DEPENDENCIA, 100, FINAL_RESULT, "Se publicaron el calendario anual de jornadas y su presupuesto por "
                                + "jurisdicción sanitaria.")
                        .file(pdf("calendario-jornadas-vacunacion.pdf", "Calendario y presupuesto de las jornadas de vacunación",
                                "Jurisdicciones sanitarias: 4.",
                                "Jornadas programadas: 3 por jurisdicción.",
                                "Presupuesto asignado a insumos y logística: 38.6 millones de pesos.")))
                .milestone(milestone("Reporte mensual de dosis, insumos y gasto por jurisdicción",
                        "Conjunto de datos mensual por jurisdicción sanitaria.")
                        .days(-160, -10).weight(40).status(IN_PROGRESS).by("salud")
                        .report(DEPENDENCIA, 45, FIRST_PROGRESS, "Se publicaron los reportes de cuatro meses; falta el desglose del "
                                + "gasto en logística.")
                        .report(DEPENDENCIA, 80, SECOND_PROGRESS, "El reporte incluye ya el gasto en logística; los dos últimos meses "
                                + "están pendientes de validación.")
                        .file(csv("dosis-por-jurisdiccion.csv", "mes,jurisdiccion,dosis_aplicadas,dosis_recibidas,gasto_insumos",
                                "{year}-04,Jurisdicción 1 Durango,18450,19200,1845000.00",
                                "{year}-04,Jurisdicción 2 Gómez Palacio,15120,16000,1512000.00",
                                "{year}-04,Jurisdicción 3 Santiago Papasquiaro,4230,5100,423000.00",
                                "{year}-04,Jurisdicción 4 Rodeo,3110,3000,311000.00")))
                .milestone(milestone("Verificación ciudadana en 30 comunidades rurales",
                        "Treinta cédulas de verificación con la comparación entre lo reportado y lo observado.")
                        .days(-40, 8).weight(35).status(IN_PROGRESS).by("osc1", "osc2")
                        .report(OSC, 30, FIRST_PROGRESS, "Se verificaron nueve comunidades; en tres la jornada no se realizó en la "
                                + "fecha publicada.")
                        .file(png("comunidades-verificadas.png", 30, 100, 10))));

        plan.commitment(commitment("Contraloría social en el programa estatal de apoyo a personas adultas mayores")
                .problem("El programa estatal de apoyo a personas adultas mayores tiene riesgos de corrupción en su padrón y en la "
                        + "entrega de apoyos, y sus beneficiarios no tienen cómo vigilarlo.")
                .statusQuo("El padrón no es público en formato abierto y no existen grupos de vigilancia del programa.")
                .objective("Identificar y mitigar los riesgos de corrupción del programa con grupos de vigilancia ciudadana y "
                        + "diálogo con quienes deciden.")
                .description("Mapa de riesgos de corrupción en seis dimensiones, padrón en datos abiertos, grupos de vigilancia en "
                        + "cinco municipios y una mesa de diálogo sobre las recomendaciones.")
                .howItSolves("Los grupos de vigilancia verifican el padrón y la entrega; las recomendaciones basadas en evidencia se "
                        + "discuten con los tomadores de decisión y su atención se sigue públicamente.")
                .values("Vigilancia ciudadana de un programa social y seguimiento público de recomendaciones.", TRANSPARENCY,
                        CITIZEN_PARTICIPATION, PUBLIC_ACCOUNTABILITY, INCLUSION)
                .sdg("ODS 1, meta 1.3 (protección social); ODS 16, metas 16.5 y 16.7.")
                .gender("La mayoría de las personas beneficiarias son mujeres adultas mayores; los grupos de vigilancia serán "
                        + "encabezados por ellas.")
                .risk("Riesgo medio: temor de las personas beneficiarias a perder el apoyo si denuncian. Mitigación: canal de "
                        + "denuncia confidencial con el IDAIP y la Contraloría.")
                .actors("contraloria", "osc1", "osc3", "instituto")
                .program("S045", "Programa estatal de apoyo a personas adultas mayores")
                .funding("Recursos estatales")
                .sources("Reglas de operación en el Periódico Oficial del Estado de Durango; padrón de beneficiarios; Cuenta "
                        + "Pública estatal.")
                .budget("318,000,000", "305,420,000", "301,995,870", "332,000,000", "332,000,000", "243,660,000")
                .milestone(milestone("Mapa de riesgos de corrupción del programa",
                        "Mapa de riesgos en seis dimensiones: presupuesto, operación, padrón de beneficiarios, participación "
                                + "ciudadana, vigilancia y evaluación.")
                        .days(-210, -150).status(VERIFIED).by("contraloria", "osc1")
                        .report(OSC, 100, FINAL_RESULT, "El mapa identifica 14 riesgos; los de mayor probabilidad están en el padrón "
                                + "de beneficiarios y en la entrega de apoyos en efectivo.")
                        .file(pdf("mapa-de-riesgos-adultos-mayores.pdf", "Mapa de riesgos de corrupción",
                                "Riesgos identificados: 14.",
                                "Presupuesto: 2. Operación: 3. Padrón de beneficiarios: 4.",
                                "Participación ciudadana: 2. Vigilancia: 2. Evaluación: 1.",
                                "Riesgos de mayor probabilidad: duplicidades en el padrón; entregas en efectivo sin constancia.")))
                .milestone(milestone("Padrón de beneficiarios en datos abiertos con actualización mensual",
                        "Conjunto de datos mensual por municipio y localidad (sin datos personales).")
                        .days(-150, -60).status(COMPLETE).by("contraloria")
                        .report(SECRETARIADO, 100, FINAL_RESULT, "El padrón se publica cada mes; el IDAIP validó la versión pública.")
                        .file(budgetCsv("presupuesto-adultos-mayores.csv"))
                        .link("https://www.durango.gob.mx/"))
                .milestone(milestone("Grupos de vigilancia ciudadana en cinco municipios",
                        "Cinco grupos constituidos, con plan de visitas y primeros hallazgos.")
                        .days(-60, 40).status(IN_PROGRESS).by("osc1", "osc3")
                        .report(OSC, 45, FIRST_PROGRESS, "Se constituyeron tres grupos (Durango, Gómez Palacio y Lerdo); los de "
                                + "Santiago Papasquiaro y Canatlán están en formación."))
                .milestone(milestone("Diálogo con tomadores de decisión sobre las recomendaciones",
                        "Minuta de la mesa de diálogo con la respuesta a cada recomendación.")
                        .days(30, 85).by("contraloria", "osc1")));

        plan.commitment(commitment("Transferencias a municipios con información abierta")
                .draft()
                .problem("Los municipios desconocen con anticipación cuánto recibirán y las fechas de pago, lo que afecta su "
                        + "planeación y la rendición de cuentas a su población.")
                .statusQuo("Los calendarios se publican, pero los montos efectivamente transferidos no se informan por fecha.")
                .objective("Publicar cada transferencia a municipios con fecha, fondo y monto.")
                .description("Registro abierto de transferencias y un informe trimestral comparando calendario y pagos.")
                .howItSolves("Permite detectar retrasos y exigir su corrección.")
                .values("Información oportuna y abierta sobre recursos municipales.", TRANSPARENCY, PUBLIC_ACCOUNTABILITY)
                .sdg("ODS 16, meta 16.6; ODS 11, meta 11.3.")
                .gender("El informe incluirá el gasto municipal etiquetado para la igualdad de género.")
                .risk("Riesgo bajo.")
                .actors("hacienda", "osc2", "academia")
                .program("C001", "Participaciones y aportaciones a municipios")
                .funding("Participaciones federales (Ramo 28) / Aportaciones (Ramo 33)")
                .sources("Periódico Oficial del Estado de Durango; Cuenta Pública estatal.")
                .budget("9,850,000,000", "10,012,400,000", "10,012,399,870", "10,240,000,000", "10,240,000,000", "8,530,112,000")
                .milestone(milestone("Registro abierto de transferencias", "Conjunto de datos por transferencia.")
                        .days(20, 60).by("hacienda"))
                .milestone(milestone("Informe trimestral de calendario contra pagos", "Informe trimestral.")
                        .days(40, 85).by("hacienda", "osc2"))
                .milestone(milestone("Taller con tesorerías municipales", "Minuta y materiales del taller.")
                        .days(50, 80).by("academia")));
        return state.plan(plan);
    }
}
