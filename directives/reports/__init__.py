"""Reports in the official form: the báo cáo (.docx and Markdown), the evidence bundle (.zip)
with its check, the yearly export (.xlsx) and the close-out that writes them all.

    content      what a report says as of a day (database → ReportContent)
    docx_report  ReportContent → .docx in the layout of Decree 30/2020/NĐ-CP
    markdown     ReportContent → Markdown (the flow run's artifact)
    bundle       evidence files + report + source letter → .zip with a manifest, streaming
    verify       a bundle checked against its manifest
    export       a year's actions → .xlsx, one sheet per unit and a summary
    access       who may download a directive's report, bundle and letter
    closeout     all of the above for a signed-off directive, under closeout/<code>/
    links        the portal pages where people download them
"""

from directives.reports.closeout import CloseoutFiles, build_closeout, summary_line

__all__ = ["CloseoutFiles", "build_closeout", "summary_line"]
