package org.jixiao.server.evaluation;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jixiao.core.evaluation.SubItem;

/** A sub-item (子项) of the Suzhou funding block as typed: its name, budget and actual. */
public class SubItemForm {
    @Size(max = 200, message = "{validation.tooLong}")
    private String name;
    @Amount
    private BigDecimal budget;
    @Amount
    private BigDecimal actual;

    static SubItemForm of(SubItem s) {
        SubItemForm f = new SubItemForm();
        f.name = s.name();
        f.budget = s.budget();
        f.actual = s.actual();
        return f;
    }

    SubItem toSubItem() {
        return new SubItem(name == null ? "" : name.strip(), budget, actual, 0);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public BigDecimal getActual() { return actual; }
    public void setActual(BigDecimal actual) { this.actual = actual; }
}
