package cn.enforcement.cases.domain.preservation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the preservation list (物品清单): what is kept, how much, and in what state. */
@Embeddable
public class PreservedItem {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 50)
    public String quantity;

    @Column(length = 200)
    public String description;

    protected PreservedItem() {
    }

    public PreservedItem(String name, String quantity, String description) {
        this.name = name;
        this.quantity = quantity;
        this.description = description;
    }
}
