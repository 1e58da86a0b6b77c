/set mode notebook silent -quiet
/set prompt notebook "" ""
/set format notebook pre "|  "
/set format notebook post "%n"
/set format notebook unresolved "%4$s"
/set format notebook display "{pre}Error: {name} refers to something undefined:{unresolved}{post}" class,interface,enum,annotation,record,method-defined,notdefined-primary
/set format notebook display "{pre}Error: variable {name} refers to something undefined:{unresolved}{post}" vardecl,varinit-notdefined-primary
/set format notebook display "{pre}Error: {name} cannot be used, it refers to something undefined:{unresolved}{post}" used-class,interface,enum,annotation,record,method
/set feedback notebook
