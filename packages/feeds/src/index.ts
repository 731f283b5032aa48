/** @govtech-network/feeds — builds v1 GovTech feeds from a network's own content (work in progress). */
export {};
