package cn.enforcement.platform.events;

/** An event about province-wide rule data (the calendar, the catalogue): no agency or region owns it. */
public interface ProvinceWideEvent extends DomainEvent {

    @Override
    default String agencyCode() {
        return null;
    }

    @Override
    default String regionCode() {
        return null;
    }
}
