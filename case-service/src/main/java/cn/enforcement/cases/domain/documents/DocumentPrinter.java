package cn.enforcement.cases.domain.documents;

import java.util.Map;

/** Prints a form as the PDF a party, a bank or a court receives. */
public interface DocumentPrinter {

    /** The version of the forms in force; a changed form is a new version, so earlier documents can be explained. */
    int TEMPLATE_VERSION = 1;

    /** The page a form is filled into: the agency, title, number and the verification code framing the kind's own body. */
    record Frame(String agencyName, String title, String number, String verificationUrl) {
    }

    byte[] print(DocumentKind kind, Frame frame, Map<String, Object> content);
}
