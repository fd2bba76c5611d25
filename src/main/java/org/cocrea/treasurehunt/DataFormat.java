package org.cocrea.treasurehunt;

/**
 * The format the information was found in. Which formats are open is said here and only here:
 * machine-readable without proprietary software (CSV and an API); a PDF, a scan, a spreadsheet in
 * a vendor's format or a web page to be read by eye are not.
 */
public enum DataFormat {
    PDF(false), SCAN(false), SPREADSHEET(false), CSV(true), API(true), WEB_PAGE(false);

    private final boolean open;

    DataFormat(boolean open) {
        this.open = open;
    }

    public boolean isOpen() {
        return open;
    }
}
