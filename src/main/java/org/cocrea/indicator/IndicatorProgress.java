package org.cocrea.indicator;

import java.io.Serializable;
import org.cocrea.shared.Progress;

/**
 * Where an indicator stands toward its target: a progress from 0 to 100 (not computable while
 * nothing has been measured), and whether the latest value went beyond the target ("superada";
 * the progress is then capped at 100).
 */
public record IndicatorProgress(Progress progress, boolean exceeded) implements Serializable {

    public static final IndicatorProgress NOT_MEASURED = new IndicatorProgress(Progress.notComputable(), false);
}
