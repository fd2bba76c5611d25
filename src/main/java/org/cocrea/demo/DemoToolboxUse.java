package org.cocrea.demo;

import java.time.Instant;
import java.util.List;
import org.cocrea.account.Account;
import org.cocrea.assistance.AssistanceRequest;
import org.cocrea.assistance.AssistanceStatus;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentOwner;
import org.cocrea.file.Upload;
import org.cocrea.plan.ActionPlan;
import org.cocrea.plan.Phase;
import org.cocrea.toolbox.ToolboxMaterial;
import org.cocrea.toolbox.ToolboxUse;
import org.cocrea.toolbox.UseKind;

/**
 * Toolbox use and remote assistance in the demo (issue 9): Sonora adapted a shared training guide
 * (its adapted version uploaded) and Zacatecas used a co-creation material as it is, so the public
 * toolbox shows where they were used; and one state outside the program asked for remote technical
 * assistance, which the administrator is following up. A handful of rows: cheap to seed.
 */
final class DemoToolboxUse {

    private record UseSpec(String state, Phase phase, UseKind kind, String note) {
    }

    private static final List<UseSpec> USES = List.of(
            new UseSpec("SON", Phase.TRAINING, UseKind.ADAPTED,
                    "Adaptamos la guía a dos sesiones de tres horas y agregamos ejemplos del presupuesto de salud del estado."),
            new UseSpec("ZAC", Phase.CO_CREATION, UseKind.USED,
                    "La usamos tal cual en las mesas de cocreación con la sociedad civil."));

    private DemoToolboxUse() {
    }

    /** The uses of the state's current plan, if the state is one of the demo's users of the toolbox. */
    static void uses(DemoBuilder.Sink sink, DemoCoCreation coCreation, String stateCode, ActionPlan plan, Account secretariat) {
        for (UseSpec spec : USES) {
            if (!spec.state().equals(stateCode) || coCreation.shared.isEmpty()) {
                continue;
            }
            ToolboxMaterial material = coCreation.shared.stream().filter(m -> m.getPhase() == spec.phase()).findFirst()
                    .orElse(coCreation.shared.get(0));
            ToolboxUse use = ToolboxUse.blank();
            use.setPhase(spec.phase());
            use.setKind(spec.kind());
            use.setNote(spec.note());
            use.recordIn(plan, material, secretariat.getUsername());
            sink.persist(use);
            sink.audit("CREATE", use, null);
            if (spec.kind() == UseKind.ADAPTED) {
                var before = use.auditSnapshot();
                Attachment adapted = coCreation.attach(AttachmentOwner.TOOLBOX_USE, use.getId(), plan.getState(), null,
                        new Upload("adaptada-" + stateCode.toLowerCase(java.util.Locale.ROOT) + ".pdf",
                                DemoFiles.pdf(material.getTitle() + " (" + plan.getState().getName() + ")",
                                        DemoFiles.wrap(spec.note(), 80))), secretariat);
                use.adaptedAs(adapted);
                sink.audit("ADAPT", use, before);
            }
        }
    }

    /** One request from a state outside the program, in contact with the administrator. */
    static void assistanceRequest(DemoBuilder.Sink sink, String adminUsername, Instant now) {
        AssistanceRequest request = new AssistanceRequest("Tlaxcala",
                "Instituto de Acceso a la Información Pública y Protección de Datos Personales del Estado de Tlaxcala",
                "Queremos iniciar nuestro primer plan de acción local y seguir el dinero de dos programas sociales. "
                        + "Pedimos acompañamiento remoto para la identificación y la formación.",
                "Mariana López (demo)", "enlace.tlaxcala@cocrea.example", true, "es");
        sink.persist(request);
        sink.audit("REQUEST", request, null);
        var before = request.auditSnapshot();
        request.followUp(AssistanceStatus.IN_CONTACT, "Primera llamada hecha; se agenda una sesión remota de identificación.",
                adminUsername, now);
        sink.audit("ASSISTANCE_FOLLOW_UP", request, before);
    }
}
