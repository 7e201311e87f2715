var Zn=Object.create;var nr=Object.defineProperty;var ea=Object.getOwnPropertyDescriptor;var ta=Object.getOwnPropertyNames;var ra=Object.getPrototypeOf,na=Object.prototype.hasOwnProperty;var wt=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var aa=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of ta(t))!na.call(e,s)&&s!==r&&nr(e,s,{get:()=>t[s],enumerable:!(n=ea(t,s))||n.enumerable});return e};var bt=(e,t,r)=>(r=e!=null?Zn(ra(e)):{},aa(t||!e||!e.__esModule?nr(r,"default",{value:e,enumerable:!0}):r,e));var Lr=wt((_i,Or)=>{var Se=1e3,xe=Se*60,De=xe*60,_e=De*24,ya=_e*7,wa=_e*365.25;Or.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return ba(e);if(r==="number"&&isFinite(e))return t.long?Ra(e):Ea(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function ba(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*wa;case"weeks":case"week":case"w":return r*ya;case"days":case"day":case"d":return r*_e;case"hours":case"hour":case"hrs":case"hr":case"h":return r*De;case"minutes":case"minute":case"mins":case"min":case"m":return r*xe;case"seconds":case"second":case"secs":case"sec":case"s":return r*Se;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Ea(e){var t=Math.abs(e);return t>=_e?Math.round(e/_e)+"d":t>=De?Math.round(e/De)+"h":t>=xe?Math.round(e/xe)+"m":t>=Se?Math.round(e/Se)+"s":e+"ms"}function Ra(e){var t=Math.abs(e);return t>=_e?st(e,t,_e,"day"):t>=De?st(e,t,De,"hour"):t>=xe?st(e,t,xe,"minute"):t>=Se?st(e,t,Se,"second"):e+" ms"}function st(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var Mr=wt((gi,Ur)=>{function Aa(e){r.debug=r,r.default=r,r.coerce=u,r.disable=i,r.enable=s,r.enabled=p,r.humanize=Lr(),r.destroy=c,Object.keys(e).forEach(m=>{r[m]=e[m]}),r.names=[],r.skips=[],r.formatters={};function t(m){let d=0;for(let f=0;f<m.length;f++)d=(d<<5)-d+m.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(m){let d,f=null,$,w;function h(...E){if(!h.enabled)return;let _=h,b=Number(new Date),U=b-(d||b);_.diff=U,_.prev=d,_.curr=b,d=b,E[0]=r.coerce(E[0]),typeof E[0]!="string"&&E.unshift("%O");let G=0;E[0]=E[0].replace(/%([a-zA-Z%])/g,(A,de)=>{if(A==="%%")return"%";G++;let $e=r.formatters[de];if(typeof $e=="function"){let he=E[G];A=$e.call(_,he),E.splice(G,1),G--}return A}),r.formatArgs.call(_,E),(_.log||r.log).apply(_,E)}return h.namespace=m,h.useColors=r.useColors(),h.color=r.selectColor(m),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,w=r.enabled(m)),w),set:E=>{f=E}}),typeof r.init=="function"&&r.init(h),h}function n(m,d){let f=r(this.namespace+(typeof d>"u"?":":d)+m);return f.log=this.log,f}function s(m){r.save(m),r.namespaces=m,r.names=[],r.skips=[];let d=(typeof m=="string"?m:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(m,d){let f=0,$=0,w=-1,h=0;for(;f<m.length;)if($<d.length&&(d[$]===m[f]||d[$]==="*"))d[$]==="*"?(w=$,h=f,$++):(f++,$++);else if(w!==-1)$=w+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function i(){let m=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),m}function p(m){for(let d of r.skips)if(o(m,d))return!1;for(let d of r.names)if(o(m,d))return!0;return!1}function u(m){return m instanceof Error?m.stack||m.message:m}function c(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}Ur.exports=Aa});var it=wt((X,ot)=>{X.formatArgs=Sa;X.save=xa;X.load=Da;X.useColors=Ca;X.storage=Ia();X.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();X.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Ca(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function Sa(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+ot.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}X.log=console.debug||console.log||(()=>{});function xa(e){try{e?X.storage.setItem("debug",e):X.storage.removeItem("debug")}catch{}}function Da(){let e;try{e=X.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function Ia(){try{return localStorage}catch{}}ot.exports=Mr()(X);var{formatters:ka}=ot.exports;ka.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var Ye,R,ir,sa,ve,ar,lr,cr,ur,St,Et,Rt,dr,Le={},mr=[],oa=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ue=Array.isArray;function le(e,t){for(var r in t)e[r]=t[r];return e}function xt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function ce(e,t,r){var n,s,o,i={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?Ye.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return ze(e,i,n,s,null)}function ze(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++ir,__i:-1,__u:0};return s==null&&R.vnode!=null&&R.vnode(o),o}function me(e){return e.children}function Z(e,t){this.props=e,this.context=t}function Re(e,t){if(t==null)return e.__?Re(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Re(e):null}function pr(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return pr(e)}}function At(e){(!e.__d&&(e.__d=!0)&&ve.push(e)&&!Qe.__r++||ar!=R.debounceRendering)&&((ar=R.debounceRendering)||lr)(Qe)}function Qe(){for(var e,t,r,n,s,o,i,p=1;ve.length;)ve.length>p&&ve.sort(cr),e=ve.shift(),p=ve.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],i=[],t.__P&&((r=le({},n)).__v=n.__v+1,R.vnode&&R.vnode(r),Dt(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Re(n),!!(32&n.__u),i),r.__v=n.__v,r.__.__k[r.__i]=r,hr(o,r,i),n.__e=n.__=null,r.__e!=s&&pr(r)));Qe.__r=0}function fr(e,t,r,n,s,o,i,p,u,c,m){var d,f,$,w,h,E,_,b=n&&n.__k||mr,U=t.length;for(u=ia(r,t,b,u,U),d=0;d<U;d++)($=r.__k[d])!=null&&(f=$.__i==-1?Le:b[$.__i]||Le,$.__i=d,E=Dt(e,$,f,s,o,i,p,u,c,m),w=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&It(f.ref,null,$),m.push($.ref,$.__c||w,$)),h==null&&w!=null&&(h=w),(_=!!(4&$.__u))||f.__k===$.__k?u=$r($,u,e,_):typeof $.type=="function"&&E!==void 0?u=E:w&&(u=w.nextSibling),$.__u&=-7);return r.__e=h,u}function ia(e,t,r,n,s){var o,i,p,u,c,m=r.length,d=m,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=o+f,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?ze(null,i,null,null,null):Ue(i)?ze(me,{children:i},null,null,null):i.constructor==null&&i.__b>0?ze(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,p=null,(c=i.__i=la(i,r,u,d))!=-1&&(d--,(p=r[c])&&(p.__u|=2)),p==null||p.__v==null?(c==-1&&(s>m?f--:s<m&&f++),typeof i.type!="function"&&(i.__u|=4)):c!=u&&(c==u-1?f--:c==u+1?f++:(c>u?f--:f++,i.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<m;o++)(p=r[o])!=null&&(2&p.__u)==0&&(p.__e==n&&(n=Re(p)),_r(p,p));return n}function $r(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=$r(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Re(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Me(e,t){return t=t||[],e==null||typeof e=="boolean"||(Ue(e)?e.some(function(r){Me(r,t)}):t.push(e)),t}function la(e,t,r,n){var s,o,i,p=e.key,u=e.type,c=t[r],m=c!=null&&(2&c.__u)==0;if(c===null&&e.key==null||m&&p==c.key&&u==c.type)return r;if(n>(m?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((c=t[i=s>=0?s--:o++])!=null&&(2&c.__u)==0&&p==c.key&&u==c.type)return i}return-1}function sr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||oa.test(t)?r:r+"px"}function Je(e,t,r,n,s){var o,i;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||sr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||sr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(ur,"$1")),i=t.toLowerCase(),t=i in e||t=="onFocusOut"||t=="onFocusIn"?i.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=St,e.addEventListener(t,o?Rt:Et,o)):e.removeEventListener(t,o?Rt:Et,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function or(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=St++;else if(t.t<r.u)return;return r(R.event?R.event(t):t)}}}function Dt(e,t,r,n,s,o,i,p,u,c){var m,d,f,$,w,h,E,_,b,U,G,Q,A,de,$e,he,yt,ne=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[p=t.__e=r.__e]),(m=R.__b)&&m(t);e:if(typeof ne=="function")try{if(_=t.props,b="prototype"in ne&&ne.prototype.render,U=(m=ne.contextType)&&n[m.__c],G=m?U?U.props.value:m.__:n,r.__c?E=(d=t.__c=r.__c).__=d.__E:(b?t.__c=d=new ne(_,G):(t.__c=d=new Z(_,G),d.constructor=ne,d.render=ua),U&&U.sub(d),d.props=_,d.state||(d.state={}),d.context=G,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),b&&d.__s==null&&(d.__s=d.state),b&&ne.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=le({},d.__s)),le(d.__s,ne.getDerivedStateFromProps(_,d.__s))),$=d.props,w=d.state,d.__v=t,f)b&&ne.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),b&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(b&&ne.getDerivedStateFromProps==null&&_!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(_,G),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(_,d.__s,G)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=_,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(Ee){Ee&&(Ee.__=t)}),Q=0;Q<d._sb.length;Q++)d.__h.push(d._sb[Q]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(_,d.__s,G),b&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,w,h)})}if(d.context=G,d.props=_,d.__P=e,d.__e=!1,A=R.__r,de=0,b){for(d.state=d.__s,d.__d=!1,A&&A(t),m=d.render(d.props,d.state,d.context),$e=0;$e<d._sb.length;$e++)d.__h.push(d._sb[$e]);d._sb=[]}else do d.__d=!1,A&&A(t),m=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++de<25);d.state=d.__s,d.getChildContext!=null&&(n=le(le({},n),d.getChildContext())),b&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,w)),he=m,m!=null&&m.type===me&&m.key==null&&(he=vr(m.props.children)),p=fr(e,Ue(he)?he:[he],t,r,n,s,o,i,p,u,c),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),E&&(d.__E=d.__=null)}catch(Ee){if(t.__v=null,u||o!=null)if(Ee.then){for(t.__u|=u?160:128;p&&p.nodeType==8&&p.nextSibling;)p=p.nextSibling;o[o.indexOf(p)]=null,t.__e=p}else{for(yt=o.length;yt--;)xt(o[yt]);Ct(t)}else t.__e=r.__e,t.__k=r.__k,Ee.then||Ct(t);R.__e(Ee,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):p=t.__e=ca(r.__e,t,r,n,s,o,i,u,c);return(m=R.diffed)&&m(t),128&t.__u?void 0:p}function Ct(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(Ct)}function hr(e,t,r){for(var n=0;n<r.length;n++)It(r[n],r[++n],r[++n]);R.__c&&R.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){R.__e(o,s.__v)}})}function vr(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:Ue(e)?e.map(vr):le({},e)}function ca(e,t,r,n,s,o,i,p,u){var c,m,d,f,$,w,h,E=r.props,_=t.props,b=t.type;if(b=="svg"?s="http://www.w3.org/2000/svg":b=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(c=0;c<o.length;c++)if(($=o[c])&&"setAttribute"in $==!!b&&(b?$.localName==b:$.nodeType==3)){e=$,o[c]=null;break}}if(e==null){if(b==null)return document.createTextNode(_);e=document.createElementNS(s,b,_.is&&_),p&&(R.__m&&R.__m(t,o),p=!1),o=null}if(b==null)E===_||p&&e.data==_||(e.data=_);else{if(o=o&&Ye.call(e.childNodes),E=r.props||Le,!p&&o!=null)for(E={},c=0;c<e.attributes.length;c++)E[($=e.attributes[c]).name]=$.value;for(c in E)if($=E[c],c!="children"){if(c=="dangerouslySetInnerHTML")d=$;else if(!(c in _)){if(c=="value"&&"defaultValue"in _||c=="checked"&&"defaultChecked"in _)continue;Je(e,c,null,$,s)}}for(c in _)$=_[c],c=="children"?f=$:c=="dangerouslySetInnerHTML"?m=$:c=="value"?w=$:c=="checked"?h=$:p&&typeof $!="function"||E[c]===$||Je(e,c,$,E[c],s);if(m)p||d&&(m.__html==d.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(d&&(e.innerHTML=""),fr(t.type=="template"?e.content:e,Ue(f)?f:[f],t,r,n,b=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,i,o?o[0]:r.__k&&Re(r,0),p,u),o!=null)for(c=o.length;c--;)xt(o[c]);p||(c="value",b=="progress"&&w==null?e.removeAttribute("value"):w!=null&&(w!==e[c]||b=="progress"&&!w||b=="option"&&w!=E[c])&&Je(e,c,w,E[c],s),c="checked",h!=null&&h!=e[c]&&Je(e,c,h,E[c],s))}return e}function It(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){R.__e(s,r)}}function _r(e,t,r){var n,s;if(R.unmount&&R.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||It(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){R.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&_r(n[s],t,r||typeof e.type!="function");r||xt(e.__e),e.__c=e.__=e.__e=void 0}function ua(e,t,r){return this.constructor(e,r)}function kt(e,t,r){var n,s,o,i;t==document&&(t=document.documentElement),R.__&&R.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],i=[],Dt(t,e=(!n&&r||t).__k=ce(me,null,[e]),s||Le,Le,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?Ye.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,i),hr(o,e,i)}function Ae(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(i){i.__e=!0,At(i)})},this.sub=function(o){n.add(o);var i=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),i&&i.call(o)}}),r.children}return t.__c="__cC"+dr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}Ye=mr.slice,R={__e:function(e,t,r,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),i=s.__d),i)return s.__E=s}catch(p){e=p}throw e}},ir=0,sa=function(e){return e!=null&&e.constructor==null},Z.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=le({},this.state),typeof e=="function"&&(e=e(le({},r),this.props)),e&&le(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),At(this))},Z.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),At(this))},Z.prototype.render=me,ve=[],lr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,cr=function(e,t){return e.__v.__b-t.__v.__b},Qe.__r=0,ur=/(PointerCapture)$|Capture$/i,St=0,Et=or(!1),Rt=or(!0),dr=0;var Ce,H,Tt,gr,He=0,Sr=[],W=R,yr=W.__b,wr=W.__r,br=W.diffed,Er=W.__c,Rr=W.unmount,Ar=W.__;function Ze(e,t){W.__h&&W.__h(H,e,He||t),He=0;var r=H.__H||(H.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function y(e){return He=1,xr(Ir,e)}function xr(e,t,r){var n=Ze(Ce++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):Ir(void 0,t),function(p){var u=n.__N?n.__N[0]:n.__[0],c=n.t(u,p);u!==c&&(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=H,!H.__f)){var s=function(p,u,c){if(!n.__c.__H)return!0;var m=n.__c.__H.__.filter(function(f){return!!f.__c});if(m.every(function(f){return!f.__N}))return!o||o.call(this,p,u,c);var d=n.__c.props!==p;return m.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,p,u,c)||d};H.__f=!0;var o=H.shouldComponentUpdate,i=H.componentWillUpdate;H.componentWillUpdate=function(p,u,c){if(this.__e){var m=o;o=void 0,s(p,u,c),o=m}i&&i.call(this,p,u,c)},H.shouldComponentUpdate=s}return n.__N||n.__}function j(e,t){var r=Ze(Ce++,3);!W.__s&&Dr(r.__H,t)&&(r.__=e,r.u=t,H.__H.__h.push(r))}function et(e){return He=5,ae(function(){return{current:e}},[])}function ae(e,t){var r=Ze(Ce++,7);return Dr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function tt(e,t){return He=8,ae(function(){return e},t)}function rt(e){var t=H.context[e.__c],r=Ze(Ce++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(H)),t.props.value):e.__}function da(){for(var e;e=Sr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Xe),e.__H.__h.forEach(Pt),e.__H.__h=[]}catch(t){e.__H.__h=[],W.__e(t,e.__v)}}W.__b=function(e){H=null,yr&&yr(e)},W.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ar&&Ar(e,t)},W.__r=function(e){wr&&wr(e),Ce=0;var t=(H=e.__c).__H;t&&(Tt===H?(t.__h=[],H.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(Xe),t.__h.forEach(Pt),t.__h=[],Ce=0)),Tt=H},W.diffed=function(e){br&&br(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Sr.push(t)!==1&&gr===W.requestAnimationFrame||((gr=W.requestAnimationFrame)||ma)(da)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Tt=H=null},W.__c=function(e,t){t.some(function(r){try{r.__h.forEach(Xe),r.__h=r.__h.filter(function(n){return!n.__||Pt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],W.__e(n,r.__v)}}),Er&&Er(e,t)},W.unmount=function(e){Rr&&Rr(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{Xe(n)}catch(s){t=s}}),r.__H=void 0,t&&W.__e(t,r.__v))};var Cr=typeof requestAnimationFrame=="function";function ma(e){var t,r=function(){clearTimeout(n),Cr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Cr&&(t=requestAnimationFrame(r))}function Xe(e){var t=H,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),H=t}function Pt(e){var t=H;e.__c=e.__(),H=t}function Dr(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function Ir(e,t){return typeof t=="function"?t(e):t}var se=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},pa=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function kr(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},i=t();i&&(o.Authorization=`Bearer ${i}`);let p;try{p=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(c){throw new se("network",String(c.message||c))}let u;try{u=await p.json()}catch{throw new se("network",`HTTP ${p.status}`)}if(u.errors&&u.errors.length){let c=u.errors[0],m=c.extensions||{},d=m.exception&&m.exception.code||m.code;throw d==="PermissionDenied"?new se("permission",c.message):pa.has(d)?new se("auth",c.message):new se("query",c.message,m.field||null)}return u.data}}async function nt(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var T="errors { field code message }";var fa=new TextEncoder,at=new TextDecoder,oi=2**32;var $a=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Tr=e=>{let t=e;t instanceof Uint8Array&&(t=at.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return $a(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var z=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};z.code="ERR_JOSE_GENERIC";var Nt=class extends z{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Nt.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var Ft=class extends z{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};Ft.code="ERR_JWT_EXPIRED";var Ot=class extends z{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Ot.code="ERR_JOSE_ALG_NOT_ALLOWED";var Lt=class extends z{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};Lt.code="ERR_JOSE_NOT_SUPPORTED";var Ut=class extends z{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Ut.code="ERR_JWE_DECRYPTION_FAILED";var Mt=class extends z{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Mt.code="ERR_JWE_INVALID";var Ht=class extends z{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Ht.code="ERR_JWS_INVALID";var ee=class extends z{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};ee.code="ERR_JWT_INVALID";var Wt=class extends z{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};Wt.code="ERR_JWK_INVALID";var Vt=class extends z{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};Vt.code="ERR_JWKS_INVALID";var Bt=class extends z{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};Bt.code="ERR_JWKS_NO_MATCHING_KEY";var Gt=class extends z{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};Gt.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var qt=class extends z{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};qt.code="ERR_JWKS_TIMEOUT";var Kt=class extends z{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};Kt.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function _a(e){return typeof e=="object"&&e!==null}function jt(e){if(!_a(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Pr=Tr;function We(e){if(typeof e!="string")throw new ee("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new ee("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new ee("Invalid JWT");if(!t)throw new ee("JWTs must contain a payload");let n;try{n=Pr(t)}catch{throw new ee("Failed to base64url decode the payload")}let s;try{s=JSON.parse(at.decode(n))}catch{throw new ee("Failed to parse the decoded payload as JSON")}if(!jt(s))throw new ee("Invalid JWT Claims Set");return s}var Fr=e=>{let t=We(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var nn=bt(it(),1);var sn=bt(it(),1);function Pa(e,t){for(var r in t)e[r]=t[r];return e}function Hr(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function Wr(e,t){this.props=e,this.context=t}(Wr.prototype=new Z).isPureReactComponent=!0,Wr.prototype.shouldComponentUpdate=function(e,t){return Hr(this.props,e)||Hr(this.state,t)};var Vr=R.__b;R.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),Vr&&Vr(e)};var xi=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var Na=R.__e;R.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}Na(e,t,r,n)};var Br=R.unmount;function zr(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=Pa({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return zr(n,t,r)})),e}function Qr(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return Qr(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function Jt(){this.__u=0,this.o=null,this.__b=null}function Yr(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function lt(){this.i=null,this.l=null}R.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),Br&&Br(e)},(Jt.prototype=new Z).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=Yr(n.__v),o=!1,i=function(){o||(o=!0,r.__R=null,s?s(p):p())};r.__R=i;var p=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=Qr(u,u.__c.__P,u.__c.__O)}var c;for(n.setState({__a:n.__b=null});c=n.o.pop();)c.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(i,i)},Jt.prototype.componentWillUnmount=function(){this.o=[]},Jt.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=zr(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&ce(me,null,e.fallback);return s&&(s.__u&=-33),[ce(me,null,t.__a?null:e.children),s]};var Gr=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(lt.prototype=new Z).__a=function(e){var t=this,r=Yr(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),Gr(t,e,n)):s()};r?r(o):o()}},lt.prototype.render=function(e){this.i=null,this.l=new Map;var t=Me(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},lt.prototype.componentDidUpdate=lt.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){Gr(e,r,t)})};var Fa=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,Oa=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,La=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,Ua=/[A-Z0-9]/g,Ma=typeof document<"u",Ha=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};Z.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(Z.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var qr=R.event;function Wa(){}function Va(){return this.cancelBubble}function Ba(){return this.defaultPrevented}R.event=function(e){return qr&&(e=qr(e)),e.persist=Wa,e.isPropagationStopped=Va,e.isDefaultPrevented=Ba,e.nativeEvent=e};var Xr,Ga={enumerable:!1,configurable:!0,get:function(){return this.class}},Kr=R.vnode;R.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var i in r){var p=r[i];if(!(i==="value"&&"defaultValue"in r&&p==null||Ma&&i==="children"&&n==="noscript"||i==="class"||i==="className")){var u=i.toLowerCase();i==="defaultValue"&&"value"in r&&r.value==null?i="value":i==="download"&&p===!0?p="":u==="translate"&&p==="no"?p=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?i="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||Ha(r.type)?u==="onfocus"?i="onfocusin":u==="onblur"?i="onfocusout":La.test(i)&&(i=u):u=i="oninput":o&&Oa.test(i)?i=i.replace(Ua,"-$&").toLowerCase():p===null&&(p=void 0),u==="oninput"&&s[i=u]&&(i="oninputCapture"),s[i]=p}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=Me(r.children).forEach(function(c){c.props.selected=s.value.indexOf(c.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=Me(r.children).forEach(function(c){c.props.selected=s.multiple?s.defaultValue.indexOf(c.props.value)!=-1:s.defaultValue==c.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",Ga)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=Fa,Kr&&Kr(e)};var jr=R.__r;R.__r=function(e){jr&&jr(e),Xr=e.__c};var Jr=R.diffed;R.diffed=function(e){Jr&&Jr(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),Xr=null};var tn="formPayloadUpdate",rn="formPayload",ue,Ve=(ue=class{static serialize(t){let r=JSON.stringify(t);if(r.length>ue.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${ue.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},ue.urlKey="appParams",ue.maxParamsLength=2048,ue);function re(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function qa(e){return re({payload:e,type:"redirect"})}function Ka(e){return re({type:"notification",payload:e})}function ja(e){return re({type:"updateRouting",payload:e})}function Ja(){return re({type:"notifyReady",payload:{}})}function za(e,t){return re({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function Qa(){return re({type:"popupClose",payload:{}})}var Ya="WidgetResize height must be a positive, finite number.";function Xa(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(Ya)}function Za(e){return Xa(e.height),re({type:"widgetResize",payload:{height:e.height}})}function es(){return re({type:"refreshEntity",payload:{}})}var ts="OpenPopup extensionIdentifier must be a non-empty string.";function rs(e){if(typeof e!="string"||e.trim()==="")throw new Error(ts)}function ns(e){return rs(e.extensionIdentifier),re({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:Ve.serialize(e.params)}})}var as="RedirectToApp appIdentifier must be a non-empty string.";function ss(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(as);return re({type:"redirectToApp",payload:e})}function os(e){return re({type:tn,payload:e})}var ct={Redirect:qa,Notification:Ka,UpdateRouting:ja,NotifyReady:Ja,RequestPermissions:za,FormPayloadUpdate:os,PopupClose:Qa,WidgetResize:Za,RefreshEntity:es,OpenPopup:ns,RedirectToApp:ss},Be={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},te={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:rn};var is=e=>We(e).permissions,ls=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},an=typeof window>"u",cs=1e4,V=nn.default.debug("app-sdk:AppBridge");function us(e,t){switch(t.type){case te.handshake:{let r=Fr(t.payload.token),n=is(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case te.redirect:return{...e,path:t.payload.path};case te.theme:return{...e,theme:t.payload.theme};case te.localeChanged:return{...e,locale:t.payload.locale};case te.tokenRefresh:return{...e,token:t.payload.token};case te.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case te.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var en=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),ds=()=>new URL(window.location.href).searchParams.get(Be.LOCALE)||void 0,ms=()=>new URL(window.location.href).searchParams.get(Be.SALEOR_API_URL)||"",ps=()=>{let e=new URL(window.location.href).searchParams.get(Be.THEME);switch(e){case"dark":case"light":return e;default:return}},fs=()=>{let e=new URL(window.location.href).searchParams.get(Ve.urlKey);if(e)try{return Ve.parse(e)}catch(t){console.warn(`Failed to parse "${Ve.urlKey}" param from iframe url`,t);return}},$s=()=>({saleorApiUrl:ms(),initialLocale:ds()??"en",autoNotifyReady:!0,initialTheme:ps()??void 0}),zt=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=en(),this.combinedOptions=$s(),V("Constructor called with options: %j",e),an)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new ls({initialLocale:this.combinedOptions.initialLocale}),V("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||V("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){V("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{V("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(V("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(V("unsubscribeAll called without argument"),this.subscribeMap=en())}async dispatch(e){return V("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){V("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}V("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(te.response,({actionId:o,ok:i})=>{V("Subscribing to %s with action id: %s and status 'ok' is: %s",te.response,o,i),e.payload.actionId===o&&(V("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),i?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},cs)})}getState(){return V("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(ct.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){V("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Be.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:fs()};V("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){V("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(V("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){V("Origin from message doesn't match refererOrigin. Function will return now");return}let r=us(this.state.getState(),t);V("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;te[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{V("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},Pi=sn.default.debug("app-sdk:AppBridgeProvider"),hs=Ae({appBridge:void 0,mounted:!1});var on=bt(it(),1);var el=on.default.debug("app-sdk:AppBridge:useDashboardToken");var Qt="saleor-referrals-console-token";function ln(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}function cn(e){let t=new zt({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var un=()=>sessionStorage.getItem(Qt),Yt=e=>e?sessionStorage.setItem(Qt,e):sessionStorage.removeItem(Qt),dn=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function mn(e,t){!e||!(t>0)||e.dispatch(ct.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var ut={"status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},pn={"status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق · {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید · {orders} سفارش · {pending} در انتظار · {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},fn={"status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة · {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة · {orders} طلب · {pending} معلّقة · {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[pn,fn])e["language.en"]=ut["language.en"],e["language.fa"]=ut["language.fa"],e["language.ar"]=ut["language.ar"];var Xt={en:ut,fa:pn,ar:fn};var Zt=["en","fa","ar"],vs={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},Ie="en";function dt(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(Zt.includes(r))return r}return"en"}function $n(e){Ie=dt(e),document.documentElement.lang=Ie,document.documentElement.dir=Ge()}var hn=()=>Ie,Ge=()=>Ie==="en"?"ltr":"rtl",ge=()=>vs[Ie],ke=()=>Ge()==="rtl"?"←":"→";function a(e,t={}){return(Xt[Ie][e]??Xt.en[e]??e).replace(/\{(\w+)\}/g,(n,s)=>typeof t[s]=="number"?k(t[s]):String(t[s]??""))}var C=(e,t)=>a(`${e}.${t}`),k=(e,t={})=>new Intl.NumberFormat(ge(),t).format(e);function x(e){if(!e)return"—";try{return new Intl.NumberFormat(ge(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${k(e.amount)} ${e.currency}`}}var vn=e=>new Intl.NumberFormat(ge(),{notation:"compact",maximumFractionDigits:1}).format(e),Te=e=>new Intl.NumberFormat(ge(),{style:"percent",maximumFractionDigits:1}).format(e),_n=e=>new Intl.DateTimeFormat(ge(),{dateStyle:"medium"}).format(new Date(e)),gn=e=>new Intl.DateTimeFormat(ge(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),yn=e=>new Intl.DateTimeFormat(ge(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var _s=["channel","lang"];function wn(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of _s)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,c={}){let m=new URLSearchParams(t);for(let[f,$]of Object.entries(c))$!=null&&$!==""&&m.set(f,$);let d=m.toString();return e+(u==="overview"?"":u)+(d?`?${d}`:"")}let o=new Set;function i(u,c){history.pushState(null,"",s(u,c)),o.forEach(m=>m())}addEventListener("popstate",()=>o.forEach(u=>u()));function p(){let[u,c]=y(n);return j(()=>{let m=()=>c(n());return o.add(m),()=>o.delete(m)},[]),u}return{href:s,navigate:i,useRoute:p}}var En=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],p=t[o]?(t[0]|=i?1:2,r[t[o++]]):t[++o];i===3?n[0]=p:i===4?n[1]=Object.assign(n[1]||{},p):i===5?(n[1]=n[1]||{})[t[++o]]=p:i===6?n[1][t[++o]]+=p+"":i?(s=e.apply(p,En(e,p,r,["",null])),n.push(s),p[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(p)}return n},bn=new Map;function Rn(e){var t=bn.get(this);return t||(t=new Map,bn.set(this,t)),(t=En(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,i="",p="",u=[0],c=function(f){o===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,i):o===3&&(f||i)?(u.push(3,f,i),o=2):o===2&&i==="..."&&f?u.push(4,f,0):o===2&&i&&!f?u.push(5,0,!0,i):o>=5&&((i||!f&&o===5)&&(u.push(o,0,i,s),o=6),f&&(u.push(o,f,0,s),o=6)),i=""},m=0;m<r.length;m++){m&&(o===1&&c(),c(m));for(var d=0;d<r[m].length;d++)n=r[m][d],o===1?n==="<"?(c(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:p?n===p?p="":i+=n:n==='"'||n==="'"?p=n:n===">"?(c(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||r[m][d+1]===">")?(c(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(c(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return c(),u})(e)),t),arguments,[])).length>1?t:t[0]}var l=Rn.bind(ce),mt=Ae(null),S=()=>rt(mt);function O(e,t,r=[]){let n=S(),[s,o]=y({loading:!0,data:null,error:null}),[i,p]=y(0);j(()=>{let c=!0;return o(m=>({...m,loading:!0})),n.gql(e,t).then(m=>c&&o({loading:!1,data:m,error:null}),m=>{c&&(m instanceof se&&m.kind!=="query"&&n.onApiError(m),o({loading:!1,data:null,error:m}))}),()=>{c=!1}},[...r,i,n.channel]);let u=tt(()=>p(c=>c+1),[]);return{...s,reload:u}}function P(e,t){let r=S(),[n,s]=y([]),[o,i]=y(!1);async function p(u){i(!0);try{let{payload:c,errors:m}=await nt(r.gql,e,u,t);return s(m),m.length?null:c}catch(c){return c instanceof se&&c.kind!=="query"&&r.onApiError(c),s([{field:c.field||null,code:"INVALID",message:c.message}]),null}finally{i(!1)}}return{run:p,errors:n,setErrors:s,busy:o}}var An=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),gs=(e,t)=>e.filter(r=>An(r.field,t));function v({label:e,name:t,errors:r=[],hint:n,children:s}){let o=gs(r,t);return l`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&l`<small class="hint">${n}</small>`}
    ${o.map(i=>l`<p class="field-error" role="alert" data-code=${i.code}>${i.message}</p>`)}
  </div>`}function M({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>An(n.field,s)));return r.length?l`<div class="form-errors" role="alert">
    ${r.map(n=>l`<p class="field-error" data-code=${n.code}>
          ${n.field?l`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function g({name:e,value:t,set:r,type:n="text",...s}){return l`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function pe({name:e,value:t,set:r,text:n}){return l`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function J({name:e,value:t,set:r,options:n}){return l`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>l`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function B(e){let[t,r]=y(e);return{values:t,set:(s,o)=>r(i=>({...i,[s]:o})),setValues:r}}var q=e=>e===""||e===null||e===void 0?null:Number(e),oe=e=>e===""||e===null||e===void 0?null:parseInt(e,10),K=e=>e?new Date(e).toISOString():null;function ie(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function L(){return l`<p class="muted loading">${a("loading")}</p>`}function N({error:e}){return e?l`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function fe({value:e}){return e?l`<span class="num">${x(e)}</span>`:l`<span class="muted">—</span>`}var F=({value:e,time:t=!0})=>e?l`<time datetime=${e}>${t?gn(e):_n(e)}</time>`:l`<span class="muted">—</span>`,Y=({value:e})=>l`<span class=${`badge status-${String(e).toLowerCase()}`}>${C("status",e)}</span>`;function Pe(){let[e,t]=y([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function Ne({pager:e,connection:t}){return t?l`<nav class="pager" aria-label=${a("pages")}>
    <span class="muted">${a("total",{count:t.totalCount??0})}</span>
    <button type="button" class="secondary" disabled=${e.page<=1} onClick=${e.previous}>
      ${a("previous")}
    </button>
    <span>${a("page",{page:e.page})}</span>
    <button
      type="button"
      class="secondary"
      disabled=${!t.pageInfo.hasNextPage}
      onClick=${()=>e.next(t.pageInfo.endCursor)}
    >
      ${a("next")}
    </button>
  </nav>`:null}function D({title:e,actions:t,children:r,id:n}){return l`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function I({text:e}){return l`<p class="muted empty">${e||a("nothing")}</p>`}var qe=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var Fe=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"];function Ke({items:e,title:t,format:r=k,name:n}){let p=Math.max(e.length,1)*30+8,u=Math.max(1,...e.map(d=>d.value)),c=Ge()==="rtl",m=220;return l`<figure class="chart-figure" data-chart=${n}>
    <svg class="chart bar-chart" viewBox=${`0 0 420 ${p}`} role="img" aria-label=${t}>
      ${e.map((d,f)=>{let $=4+f*30,w=Math.max(d.value>0?2:0,d.value/u*m),h=c?300-w:120,E=c?416:4,_=c?h-6:h+w+6;return l`<g>
          <text x=${E} y=${$+18} text-anchor=${c?"end":"start"} class="chart-label">
            ${d.label}
          </text>
          <rect
            class="bar"
            x=${h}
            y=${$+4}
            width=${w}
            height=${18}
            rx="3"
            fill=${d.color||Fe[f%Fe.length]}
            data-value=${d.value}
          ><title>${d.label}: ${r(d.value)}</title></rect>
          <text x=${_} y=${$+18} text-anchor=${c?"end":"start"} class="chart-value">
            ${r(d.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function er({labels:e,series:t,title:r,format:n=k,name:s}){let d=Math.max(1,...t.flatMap(_=>_.values)),f=Ge()==="rtl",$=796/Math.max(e.length,1),w=Math.max(3,($-8)/t.length),h=(_,b)=>{let U=56+_*$+4+b*w;return f?860-U-w:U};return l`<figure class="chart-figure" data-chart=${s}>
    <svg class="chart column-chart" viewBox=${"0 0 860 260"} role="img" aria-label=${r}>
      ${[0,.5,1].map(_=>{let b=220-_*208;return l`<g>
          <line x1=${f?0:56} x2=${f?804:860} y1=${b} y2=${b} class="grid" />
          <text x=${f?856:50} y=${b+4} text-anchor=${f?"start":"end"} class="chart-axis" direction="ltr">
            ${vn(d*_)}
          </text>
        </g>`})}
      ${e.map((_,b)=>l`<g>
          ${t.map((U,G)=>{let Q=U.values[b]||0,A=Q/d*208;return l`<rect
              class="bar"
              x=${h(b,G)}
              y=${220-A}
              width=${w-1}
              height=${A}
              fill=${U.color||Fe[G%Fe.length]}
              data-series=${U.name}
              data-value=${Q}
            ><title>${_} · ${U.name}: ${n(Q)}</title></rect>`})}
          <text
            x=${f?860-(56+b*$+$/2):56+b*$+$/2}
            y=${236}
            text-anchor="middle"
            class="chart-axis"
          >${_}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((_,b)=>l`<span class="legend-item"><i style=${`background:${_.color||Fe[b%Fe.length]}`}></i>${_.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(_=>l`<th>${_.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((_,b)=>l`<tr><th>${_}</th>${t.map(U=>l`<td>${n(U.values[b]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var ys=12;function ws(e=new Date){let t=[];for(let r=ys-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function bs(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralProgramSummary(channel: $channel, from: "${r.toISOString()}", to: "${e[n+1].toISOString()}") { referredRevenue { amount currency } rewardCost { amount currency } }`).join(`
`)} }`}var Es=`query Overview($channel: String!) {
  summary: referralProgramSummary(channel: $channel) {
    pending qualified approved rewarded flagged rejected reversed visits
    visitsByNetwork { network count }
    referredRevenue { amount currency } rewardCost { amount currency } returnOnRewards
  }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }
  }
  referralTiers(channel: $channel) { id name rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent { amount currency } }
    advocateReward { type amount { amount currency } } minOrderTotal { amount currency }
    newCustomersOnly holdDays campaign { name } socialProof { friendsJoined }
  }
}`;function Rs({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return l`<${L} />`;if(r)return l`<${N} error=${r} />`;let o=e.slice(0,-1);return l`<${er}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(i=>yn(i))}
    series=${[{name:a("overview.revenue"),values:o.map((i,p)=>t[`m${p}`].referredRevenue.amount)},{name:a("overview.cost"),values:o.map((i,p)=>t[`m${p}`].rewardCost.amount)}]}
  />`}var As=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function Cs({query:{data:e,error:t,loading:r}}){if(r)return l`<${L} />`;if(t)return l`<${N} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?l`<ol class="leaderboard">
    ${n.map(s=>l`<li><span>${s.name||a("anonymous")}</span><b class="num">${k(s.convertedReferrals)}</b></li>`)}
  </ol>`:l`<${I} />`}function Ss({program:e}){if(!e)return l`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?Te(t.value/100):t.type==="FIXED"?x({amount:t.value,currency:t.currency}):C("discount",t.type);return l`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${x(e.advocateReward.amount)} (${C("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?l` · ${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function pt({title:e,value:t,name:r}){return l`<div class="kpi" data-kpi=${r}><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function Cn(){let e=S(),[t]=y(ws),{data:r,error:n,loading:s}=O(Es,{channel:e.channel}),o=O(bs(t),{channel:e.channel}),i=O(As,{channel:e.channel});if(s&&!r)return l`<h1>${a("nav.overview")}</h1><${L} />`;if(n)return l`<h1>${a("nav.overview")}</h1><${N} error=${n} />`;let p=r.summary;if(!p)return l`<h1>${a("nav.overview")}</h1><${I} text=${a("overview.noProgram")} />`;let u=p.approved+p.rewarded,c=p.pending+p.qualified+u+p.flagged+p.rejected+p.reversed,m=p.referredRevenue.currency,d=$=>x({amount:$,currency:m}),f=r.referralCampaigns.filter($=>$.results);return l`<h1>${a("nav.overview")}</h1>
    <${Ss} program=${r.referralProgram} />
    <div class="kpis">
      <${pt} name="revenue" title=${a("overview.revenue")} value=${x(p.referredRevenue)} />
      <${pt} name="cost" title=${a("overview.cost")} value=${x(p.rewardCost)} />
      <${pt}
        name="roi"
        title=${a("overview.roi")}
        value=${p.returnOnRewards===null?"—":`${k(p.returnOnRewards)}×`}
      />
      <${pt} name="flagged" title=${a("overview.flagged")} value=${k(p.flagged)} />
    </div>
    <div class="grid-2">
      <${D} title=${a("overview.funnel")} id="funnel">
        <${Ke}
          name="funnel"
          title=${a("overview.funnel")}
          items=${[{label:a("funnel.visits"),value:p.visits},{label:a("funnel.referrals"),value:c},{label:a("funnel.qualified"),value:p.qualified+u},{label:a("funnel.converted"),value:u},{label:a("funnel.rewarded"),value:p.rewarded}]}
        />
      <//>
      <${D} title=${a("overview.statuses")} id="statuses">
        <${Ke}
          name="statuses"
          title=${a("overview.statuses")}
          items=${["pending","qualified","approved","rewarded","flagged","rejected","reversed"].map($=>({label:C("status",$.toUpperCase()),value:p[$]}))}
        />
      <//>
    </div>
    <${D} title=${a("overview.overTime")} id="over-time">
      <${Rs} starts=${t} query=${o} money=${d} />
    <//>
    <div class="grid-2">
      <${D} title=${a("overview.perCampaign")} id="per-campaign">
        ${f.length?l`<${er}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${d}
              labels=${f.map($=>$.name)}
              series=${[{name:a("overview.revenue"),values:f.map($=>$.results.referredRevenue.amount)},{name:a("overview.cost"),values:f.map($=>$.results.rewardCost.amount)}]}
            />`:l`<${I} text=${a("overview.noCampaigns")} />`}
      <//>
      <${D} title=${a("overview.perTier")} id="per-tier">
        ${r.referralTiers.length?l`<${Ke}
              name="tiers"
              title=${a("overview.perTier")}
              items=${r.referralTiers.map($=>({label:$.name,value:$.members}))}
            />`:l`<${I} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${D} title=${a("overview.networks")} id="networks">
        ${p.visitsByNetwork.length?l`<${Ke}
              name="networks"
              title=${a("overview.networks")}
              items=${p.visitsByNetwork.map($=>({label:C("network",$.network),value:$.count}))}
            />`:l`<${I} />`}
      <//>
      <${D} title=${a("overview.leaderboard")} id="leaderboard">
        <${Cs} query=${i} />
      <//>
    </div>`}var ye=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,Oe="totalCount pageInfo { hasNextPage endCursor }",xs=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${T}
  }
}`;function we({referral:e}){return l`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>l`<li>
            <${F} value=${t.createdAt} />
            <span>${t.fromStatus?C("status",t.fromStatus):"—"} ${ke()} ${C("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?l`<ul class="plain">
            ${e.rewards.map(t=>l`<li>
                ${C("side",t.side)} · ${C("kind",t.kind)} · ${x(t.amount)} ·
                <${Y} value=${t.status} />
              </li>`)}
          </ul>`:l`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function be({referral:e,onDone:t}){let[r,n]=y(""),s=P(xs,"referralReview");async function o(i){let p=await s.run({id:e.id,decision:i,reason:r||null});p&&t(p.referral,i)}return l`<form class="review-form" onSubmit=${i=>i.preventDefault()} data-referral=${e.id}>
    <${v} label=${a("review.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${M} errors=${s.errors} fields=${["reason"]} />
    <div class="actions">
      <button type="button" name="approve" disabled=${s.busy} onClick=${()=>o("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${s.busy} onClick=${()=>o("REJECT")}>${a("review.reject")}</button>
    </div>
  </form>`}function ft({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return l`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${F} value=${e.createdAt} /></td>
      <td><${Y} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${fe} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||C("source",e.source)}</td>
    </tr>
    ${t&&l`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var $t=()=>l`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var Ds=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${Oe}
    edges { node { ${ye} } }
  }
}`;function Sn(){let e=S(),t=Pe(),[r,n]=y(null),{data:s,error:o,loading:i,reload:p}=O(Ds,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return l`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&l`<p class="notice" role="status">${r}</p>`}
    ${i&&!s&&l`<${L} />`}
    <${N} error=${o} />
    ${u&&(u.edges.length?l`<ul class="queue">
          ${u.edges.map(({node:c})=>l`<li class="card queue-item" data-id=${c.id}>
              <header class="queue-head">
                <${Y} value=${c.status} />
                <b>${c.advocateEmail}</b> ${ke()} <b>${c.friendEmail||c.friendName}</b>
                <span class="muted">${c.orderNumber?`#${c.orderNumber}`:""}</span>
                <${fe} value=${c.orderTotal} />
                <${F} value=${c.createdAt} />
              </header>
              <p class="flag-reason">${c.statusReason}</p>
              <${we} referral=${c} />
              <${be}
                referral=${c}
                onDone=${(m,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:c.friendEmail||c.friendName})),p()}}
              />
            </li>`)}
        </ul>`:l`<${I} text=${a("review.empty")} />`)}
    <${Ne} pager=${t} connection=${u} />`}var Is=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],ks=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Oe}
    edges { node { ${ye} } }
  }
  referralTiers(channel: $channel) { id name }
}`,Ts=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${T}
  }
}`;function xn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=K(e.createdFrom)),e.createdTo&&(t.createdTo=K(e.createdTo)),e.tier&&(t.tier=e.tier),t}function Ps({onDone:e}){let t=S(),r=B({advocateEmail:"",orderId:"",source:"MANUAL"}),n=P(Ts,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return l`<form class="inline-form" onSubmit=${s} name="attribute">
    <${v} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${g} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${g} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${J} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,C("source",o)])} />
    <//>
    <${M} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function Dn({query:e}){let t=S(),r=Pe(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=B(n),[o,i]=y(()=>xn(n)),[p,u]=y(null),{data:c,error:m,loading:d,reload:f}=O(ks,{channel:t.channel,filter:o,after:r.after},[JSON.stringify(o),r.after]),$=c&&c.referrals;return l`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${w=>{w.preventDefault(),r.reset(),i(xn(s.values))}}
    >
      <${v} label=${a("col.status")} name="status">
        <${J} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...Is.map(w=>[w,C("status",w)])]} />
      <//>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <${g} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${v} label=${a("col.friend")} name="friendEmail">
        <${g} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${g} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${g} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${c&&c.referralTiers.length>0&&l`<${v} label=${a("col.tier")} name="tier">
        <${J} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...c.referralTiers.map(w=>[w.id,w.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!c&&l`<${L} />`}
    <${N} error=${m} />
    ${$&&($.edges.length?l`<table class="table referrals-table">
          <${$t} />
          <tbody>
            ${$.edges.map(({node:w})=>l`<${ft}
                referral=${w}
                open=${p===w.id}
                onToggle=${()=>u(p===w.id?null:w.id)}
              >
                <${we} referral=${w} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(w.status)&&l`<${be} referral=${w} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:l`<${I} />`)}
    <${Ne} pager=${r} connection=${$} />
    <${D} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${Ps} onDone=${f} />
    <//>`}var Ns=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],Fs=["VOUCHER","STORE_CREDIT","DONATION","PERK"],ht=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,Os=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Oe}
    edges { node { ${ht} } }
  }
}`,Ls=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${ht} } ${T} }
}`;function Us({reward:e,onDone:t}){let[r,n]=y(""),s=P(Ls,"referralRewardRevoke");async function o(i){i.preventDefault();let p=await s.run({id:e.id,reason:r});p&&t(p.reward)}return l`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${v} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${M} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function tr({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?l`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>l`<tr data-id=${s.id}>
            <td><${F} value=${s.createdAt} /></td>
            <td><${Y} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${C("side",s.side)}</small></td>
            <td>${C("kind",s.kind)}${s.voucherCode?l`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${fe} value=${s.amount} /></td>
            <td><${F} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?l`<${fe} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${fe} value=${s.shortfallAmount} /></small>`:l`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&l`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&l`<tr class="expanded"><td colspan="9"><${Us} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:l`<${I} />`}function Ms(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=K(e.createdFrom)),e.createdTo&&(t.createdTo=K(e.createdTo)),t}function In(){let e=S(),t=Pe(),r=B({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=y({}),{data:o,error:i,loading:p,reload:u}=O(Os,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),c=o&&o.referralRewards;return l`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${m=>{m.preventDefault(),t.reset(),s(Ms(r.values))}}>
      <${v} label=${a("col.status")} name="status">
        <${J} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...Ns.map(m=>[m,C("status",m)])]} />
      <//>
      <${v} label=${a("col.kind")} name="kind">
        <${J} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...Fs.map(m=>[m,C("kind",m)])]} />
      <//>
      <${v} label=${a("col.recipient")} name="recipientEmail">
        <${g} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${g} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${g} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${p&&!o&&l`<${L} />`}
    <${N} error=${i} />
    ${c&&l`<${tr} connection=${c} onChanged=${u} />`}
    <${Ne} pager=${t} connection=${c} />`}var Hs=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,Ws="id slug name translations { language name } referrals bonus { type amount { amount currency } }",je="id status reason total done createdAt finishedAt",Vs=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${Hs} }
  referralMilestones(channel: $channel) { ${Ws} }
}`,Bs=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${je} } ${T} }
}`,Gs=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${je} } ${T} }
}`,qs=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${T} }
}`,Ks=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${je} } ${T} }
}`,js=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${je} } ${T} }
}`,Js=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${T} } }`,zs=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${je} } }`,Qs=`query TierHistory($channel: String!, $email: String!) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,vt=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",Ys=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],Pn=()=>Ys.map(([e,t])=>[e,t||C("kind",e)]);function Xs(e){return{name:e?.name||"",name_fa:vt(e,"fa"),name_ar:vt(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:ie(e?.earlyAccessUntil),reason:"",pay:!1}}function Zs(e){return{name:e.name,translations:qe(e,"name"),rank:oe(e.rank),minReferrals:oe(e.minReferrals),minRevenue:q(e.minRevenue),window:e.window,windowDays:oe(e.windowDays),rewardMultiplier:q(e.rewardMultiplier),rewardFixed:q(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:q(e.entryAmount)??0}:null,memberDiscountPercent:q(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:K(e.earlyAccessUntil)}}var eo=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function to({placement:e}){let t=S(),[r,n]=y(e);return j(()=>{if(n(e),!e)return;let s,o=async()=>{try{let i=await t.gql(zs,{id:e.id});n(i.referralTierPlacement),i.referralTierPlacement&&!i.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?l`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function kn({tier:e,onDone:t,onCancel:r}){let n=S(),s=B(Xs(e)),o=P(Bs,"referralTierCreate"),i=P(Gs,"referralTierUpdate"),p=e?i:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={input:Zs(u),pay:u.pay},w=e?await i.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});w&&t(w.placement)}let d=p.errors;return l`<form class="entity-form" name="tier" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${g} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${g} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${g} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.rank")} name="rank" errors=${d}><${g} name="rank" type="number" value=${u.rank} set=${c} /><//>
      <${v} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${g} name="minReferrals" type="number" value=${u.minReferrals} set=${c} /><//>
      <${v} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${g} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${c} /><//>
      <${v} label=${a("tiers.window")} name="window" errors=${d}>
        <${J} name="window" value=${u.window} set=${c} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,C("window",f)])} />
      <//>
      <${v} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${g} name="windowDays" type="number" value=${u.windowDays} set=${c} /><//>
      <${v} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${g} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} /><//>
      <${v} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${g} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${c} /><//>
      <${v} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${J} name="entryKind" value=${u.entryKind} set=${c} options=${Pn()} />
          <${g} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${c} />
        </span>
      <//>
      <${v} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${g} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${g} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${g} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${c} /><//>
      ${e&&l`<${v} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${g} name="reason" value=${u.reason} set=${c} /><//>`}
    </div>
    <${pe} name="pay" value=${u.pay} set=${c} text=${a("tiers.payEntryRewards")} />
    <${M} errors=${d} fields=${eo} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ro({tier:e,onDone:t}){let[r,n]=y(""),s=P(qs,"referralTierDelete");return l`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let i=await s.run({id:e.id,reason:r});i&&t(i.membersMoved)}}>
    <${v} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${M} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function no(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:vt(e,"fa"),name_ar:vt(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Tn({milestone:e,onDone:t,onCancel:r}){let n=S(),s=B(no(e)),o=P(Ks,"referralMilestoneCreate"),i=P(js,"referralMilestoneUpdate"),p=e?i:o,{values:u,set:c}=s;async function m(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:qe(u,"name"),referrals:oe(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:q(u.bonusAmount)??0}:null},w=e?await i.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});w&&t(w.placement)}let d=p.errors;return l`<form class="entity-form" name="milestone" onSubmit=${m} noValidate>
    <div class="form-grid">
      <${v} label=${a("milestones.slug")} name="slug" errors=${d}><${g} name="slug" value=${u.slug} set=${c} /><//>
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${g} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${g} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${g} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("milestones.referrals")} name="referrals" errors=${d}><${g} name="referrals" type="number" value=${u.referrals} set=${c} /><//>
      <${v} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${J} name="bonusKind" value=${u.bonusKind} set=${c} options=${Pn()} />
          <${g} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${c} />
        </span>
      <//>
    </div>
    <${pe} name="pay" value=${u.pay} set=${c} text=${a("milestones.payBonuses")} />
    <${M} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ao(){let e=S(),[t,r]=y(""),[n,s]=y(null),[o,i]=y(null);async function p(u){u.preventDefault();try{let c=await e.gql(Qs,{channel:e.channel,email:t});s(c.referralTierHistory||{changes:[],none:!0}),i(null)}catch(c){i(c)}}return l`<form class="inline-form" name="tier-history" onSubmit=${p}>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${N} error=${o} />
    ${n&&(n.none?l`<${I} />`:l`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&l` · ${a("tiers.demoteAfter")} <${F} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>l`<tr>
          <td><${F} value=${u.createdAt} /></td><td>${C("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${ke()} ${u.toTier||"—"}</td><td class="num">${k(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function Nn(){let e=S(),{data:t,error:r,loading:n,reload:s}=O(Vs,{channel:e.channel}),[o,i]=y(null),[p,u]=y(null),[c,m]=y(null),[d,f]=y(null),$=h=>E=>{i(null),u(null),m(E||null),f(h),s()};if(n&&!t)return l`<h1>${a("nav.tiers")}</h1><${L} />`;if(r)return l`<h1>${a("nav.tiers")}</h1><${N} error=${r} />`;let w=h=>[h.rewardMultiplier&&`×${k(h.rewardMultiplier)}`,h.rewardFixed&&x(h.rewardFixed),h.entryReward&&`${a("tiers.entryReward")}: ${x(h.entryReward.amount)}`,h.memberDiscountPercent&&`${k(h.memberDiscountPercent)}%`,h.earlyAccessCollections.length&&a("tiers.earlyAccess")].filter(Boolean).join(" · ");return l`<h1>${a("nav.tiers")}</h1>
    ${d&&l`<p class="notice" role="status">${d}</p>`}
    <${to} placement=${c} />
    <${D} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?l`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>l`<tr data-id=${h.id}>
              <td class="num">${k(h.rank)}</td><td>${h.name}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:C("window",h.window)})}
                ${h.minRevenue?l` · ${x(h.minRevenue)}`:""}</td>
              <td>${w(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(p===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&l`<tr class="expanded"><td colspan="5"><${kn} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${p===h.id&&l`<tr class="expanded"><td colspan="5"><${ro} tier=${h} onDone=${E=>$(a("tiers.deleted",{count:E||0}))()} /></td></tr>`}`)}
          </tbody></table>`:l`<${I} text=${a("tiers.none")} />`}
    <//>
    <${D} title=${a("tiers.new")} id="new-tier">
      <${kn} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${D} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?l`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>l`<tr data-id=${h.id}>
                <td class="num">${k(h.referrals)}</td><td>${h.name} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${C("kind",h.bonus.type)} ${x(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${so} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&l`<tr class="expanded"><td colspan="4"><${Tn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${I} />`}
      <h3>${a("milestones.new")}</h3>
      <${Tn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${D} title=${a("tiers.history")} id="tier-history"><${ao} /><//>`}function so({milestone:e,onDone:t}){let r=P(Js,"referralMilestoneDelete");return l`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var oo=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,io=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${oo} } }`,lo=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${T} }
}`,co=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${T} }
}`,rr=["en","fa","ar"],uo=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function mo(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:ie(e?.startsAt),endsAt:ie(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of rr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function Fn(e){return{name:e.name,copy:rr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:K(e.startsAt),endsAt:K(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:q(e.offerValue),minSpent:q(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:q(e.rewardAmount),multiplier:q(e.rewardMultiplier)}:null}}function On({campaign:e,onDone:t,onCancel:r}){let n=S(),s=B(mo(e)),o=P(lo,"referralCampaignCreate"),i=P(co,"referralCampaignUpdate"),p=e?i:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault(),(e?await i.run({channel:n.channel,id:e.id,input:Fn(u)}):await o.run({channel:n.channel,input:Fn(u)}))&&t()}return l`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("campaigns.name")} name="name" errors=${m}><${g} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("campaigns.startsAt")} name="startsAt" errors=${m}><${g} name="startsAt" type="datetime-local" value=${u.startsAt} set=${c} /><//>
      <${v} label=${a("campaigns.endsAt")} name="endsAt" errors=${m}><${g} name="endsAt" type="datetime-local" value=${u.endsAt} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${g} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${rr.map(f=>l`
        <${v} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?m:[]}>
          <${g} name=${`title_${f}`} value=${u[`title_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${v} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${g} name=${`description_${f}`} value=${u[`description_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${v} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${m}>
        <span class="pair">
          <${J} name="offerType" value=${u.offerType} set=${c}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,C("discount",f)])]} />
          <${g} name="offerValue" type="number" step="any" value=${u.offerValue} set=${c} placeholder=${a("campaigns.value")} />
          <${g} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${c} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${v} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${m}>
        <span class="pair">
          <${g} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${c} placeholder=${a("campaigns.amount")} />
          <${g} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${M} errors=${m} fields=${uo} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Ln(){let e=S(),{data:t,error:r,loading:n,reload:s}=O(io,{channel:e.channel}),[o,i]=y(null),[p,u]=y(null),c=m=>()=>{i(null),u(m),s()};return n&&!t?l`<h1>${a("nav.campaigns")}</h1><${L} />`:r?l`<h1>${a("nav.campaigns")}</h1><${N} error=${r} />`:l`<h1>${a("nav.campaigns")}</h1>
    ${p&&l`<p class="notice" role="status">${p}</p>`}
    <${D} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?l`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")}</th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(m=>l`<tr data-id=${m.id}>
              <td>${m.name}</td>
              <td><${Y} value=${m.state} /></td>
              <td><${F} value=${m.startsAt} /> – <${F} value=${m.endsAt} /></td>
              <td>${m.results?l`${a("campaigns.resultsText",{referrals:m.results.referrals,converted:m.results.converted})}<br />
                  <small>${x(m.results.referredRevenue)} / ${x(m.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${m.state!=="ENDED"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>i(o===m.id?null:m.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===m.id&&l`<tr class="expanded"><td colspan="5">
              <${On} campaign=${m} onDone=${c(a("saved"))} onCancel=${()=>i(null)} />
              ${m.switches&&m.switches.length>0&&l`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${m.switches.map(d=>l`<li><${F} value=${d.createdAt} /> ${C("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:l`<${I} text=${a("campaigns.none")} />`}
    <//>
    <${D} title=${a("campaigns.new")} id="new-campaign">
      <${On} key=${`new-${t.referralCampaigns.length}`} onDone=${c(a("campaigns.created"))} />
    <//>`}var po=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,fo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${po} }`,$o=`query Contests($channel: String!) { referralContests(channel: $channel) { ${fo} } }`,ho=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,vo=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${T} }
}`,_o=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${T} }
}`,go=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${T} }
}`,yo=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${T} }
}`,wo=["name","translations","startsAt","endsAt","minReferrals","prizes"],Un=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),Mn=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function Hn({contest:e,onDone:t,onCancel:r}){let n=S(),s=B({name:e?.name||"",name_fa:Mn(e,"fa"),name_ar:Mn(e,"ar"),startsAt:ie(e?.startsAt),endsAt:ie(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,i]=y(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[Un()]),p=P(vo,"referralContestCreate"),u=P(_o,"referralContestUpdate"),c=e?u:p,{values:m,set:d}=s,f=c.errors,$=(h,E,_)=>i(o.map((b,U)=>U===h?{...b,[E]:_}:b));async function w(h){h.preventDefault();let E={name:m.name,translations:qe(m,"name"),startsAt:K(m.startsAt),endsAt:K(m.endsAt),minReferrals:oe(m.minReferrals),prizes:o.map(b=>({method:b.method,kind:b.kind,amount:q(b.amount),description:b.description}))};(e?await u.run({channel:n.channel,id:e.id,input:E}):await p.run({channel:n.channel,input:E}))&&t()}return l`<form class="entity-form" name="contest" onSubmit=${w} noValidate>
    <div class="form-grid">
      <${v} label=${a("contests.name")} name="name" errors=${f}><${g} name="name" value=${m.name} set=${d} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${f}><${g} name="name_fa" value=${m.name_fa} set=${d} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${g} name="name_ar" value=${m.name_ar} set=${d} dir="rtl" /><//>
      <${v} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${g} name="startsAt" type="datetime-local" value=${m.startsAt} set=${d} /><//>
      <${v} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${g} name="endsAt" type="datetime-local" value=${m.endsAt} set=${d} /><//>
      <${v} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${g} name="minReferrals" type="number" value=${m.minReferrals} set=${d} /><//>
    </div>
    <${v} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,E)=>l`<div class="pair prize" data-prize=${E}>
          <select name=${`prize-method-${E}`} onChange=${_=>$(E,"method",_.target.value)}>
            ${["RANK","DRAW"].map(_=>l`<option value=${_} selected=${h.method===_}>${C("method",_)}</option>`)}
          </select>
          <select name=${`prize-kind-${E}`} onChange=${_=>$(E,"kind",_.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(_=>l`<option value=${_} selected=${h.kind===_}>${C("kind",_)}</option>`)}
          </select>
          <input name=${`prize-amount-${E}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${_=>$(E,"amount",_.target.value)} />
          <input name=${`prize-description-${E}`} placeholder=${a("contests.description")} value=${h.description} onInput=${_=>$(E,"description",_.target.value)} />
          <button type="button" class="secondary" onClick=${()=>i(o.filter((_,b)=>b!==E))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>i([...o,Un()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${M} errors=${f} fields=${wo} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function bo({contest:e}){let t=S(),{data:r,error:n,loading:s}=O(ho,{channel:t.channel,contest:e.id},[e.id]);if(s)return l`<${L} />`;if(n)return l`<${N} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?l`<ol class="leaderboard standings">${o.map(i=>l`<li><span>${i.name||a("anonymous")}</span><b class="num">${k(i.convertedReferrals)}</b></li>`)}</ol>`:l`<${I} />`}function Eo({contest:e,onDone:t}){let r=S(),[n,s]=y(""),o=P(go,"referralContestDecide");return l`<form class="inline-form" name="decide" onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${v} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${i=>s(i.target.value)} />
    <//>
    <${M} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function Ro({prize:e,onDone:t}){let r=S(),[n,s]=y(""),o=P(yo,"referralContestPrizeFulfil");return l`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${i=>s(i.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${M} errors=${o.errors} fields=${[]} />
  </form>`}function Ao({contest:e,onChanged:t}){return l`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>l`<tr data-id=${r.id}>
      <td class="num">${k(r.position)}</td><td>${C("method",r.method)}</td>
      <td>${C("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${x(r.amount)}</td>
      <td>${r.winnerEmail?l`${r.winnerName||""} <small>${r.winnerEmail}</small> · ${k(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?l`<${F} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?l`<${Ro} prize=${r} onDone=${t} />`:r.rewardStatus?C("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function Wn(){let e=S(),{data:t,error:r,loading:n,reload:s}=O($o,{channel:e.channel}),[o,i]=y(null),[p,u]=y(null),[c,m]=y(null),d=f=>()=>{u(null),m(f),s()};return n&&!t?l`<h1>${a("nav.contests")}</h1><${L} />`:r?l`<h1>${a("nav.contests")}</h1><${N} error=${r} />`:l`<h1>${a("nav.contests")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${D} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?l`<ul class="contest-list">${t.referralContests.map(f=>l`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${Y} value=${f.state} />
              <span><${F} value=${f.startsAt} /> – <${F} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&l`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&l`<span>${x(f.prizeCost)} / ${x(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>i(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>u(p===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${p===f.id&&l`<${Hn} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&l`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${bo} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${Ao} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?l`<${Eo} contest=${f} onDone=${d(a("contests.decided"))} />`:l`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:l`<${I} text=${a("contests.none")} />`}
    <//>
    <${D} title=${a("contests.new")} id="new-contest">
      <${Hn} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var Co=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,So=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${Co} } }`,xo=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${T} }
}`,Do=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${T} }
}`,Io=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${T}
  }
}`,ko=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function Vn({cause:e,onDone:t,onCancel:r}){let n=S(),s=B({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=P(xo,"referralCauseCreate"),i=P(Do,"referralCauseUpdate"),p=e?i:o,{values:u,set:c}=s,m=p.errors;async function d(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:q(u.goal),donatePerReferral:q(u.donatePerReferral),isActive:u.isActive};(e?await i.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return l`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("causes.name")} name="name" errors=${m}><${g} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${m}><${g} name="description" value=${u.description} set=${c} /><//>
      <${v} label=${a("causes.url")} name="url" errors=${m}><${g} name="url" type="url" value=${u.url} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${m}><${g} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
      <${v} label=${a("causes.goal")} name="goal" errors=${m}><${g} name="goal" type="number" step="any" value=${u.goal} set=${c} /><//>
      <${v} label=${a("causes.perReferral")} name="donatePerReferral" errors=${m}><${g} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${c} /><//>
    </div>
    <${pe} name="isActive" value=${u.isActive} set=${c} text=${a("active")} />
    <${M} errors=${m} fields=${ko} />
    <div class="actions">
      <button type="submit" disabled=${p.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function To({cause:e,onDone:t}){let[r,n]=y(""),s=P(Io,"referralDonationPayoutRecord");return l`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let i=await s.run({cause:e.id,reference:r||null});i&&t(i.payout)}}>
    <${v} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${M} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function Bn(){let e=S(),{data:t,error:r,loading:n,reload:s}=O(So,{channel:e.channel}),[o,i]=y(null),[p,u]=y(null),[c,m]=y(null),d=f=>()=>{i(null),u(null),m(f),s()};return n&&!t?l`<h1>${a("nav.causes")}</h1><${L} />`:r?l`<h1>${a("nav.causes")}</h1><${N} error=${r} />`:l`<h1>${a("nav.causes")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${D} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?l`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>l`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${x(f.raised)}</td><td class="num">${x(f.pending)}</td>
              <td class="num" data-field="paidOut">${x(f.paidOut)}</td><td class="num">${x(f.shortfall)}</td>
              <td class="num">${k(f.donations)}</td>
              <td>${f.progress===null?"—":l`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${Te(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(p===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&l`<tr class="expanded"><td colspan="8"><${Vn} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${p===f.id&&l`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:x(f.pending)})}</p>
              <${To} cause=${f} onDone=${$=>d(a("causes.paid",{amount:x($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:l`<${I} text=${a("causes.none")} />`}
    <//>
    <${D} title=${a("causes.new")} id="new-cause">
      <${Vn} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var Po=`id name description startsAt capacity seatsLeft minTier { id name } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,No=`query Events($channel: String!) {
  referralEvents(channel: $channel) { ${Po} }
  referralTiers(channel: $channel) { id name }
}`,Fo=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${T} }
}`,Oo=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${T} }
}`,Lo=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function Gn({event:e,tiers:t,onDone:r,onCancel:n}){let s=S(),o=B({name:e?.name||"",description:e?.description||"",startsAt:ie(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),i=P(Fo,"referralEventCreate"),p=P(Oo,"referralEventUpdate"),u=e?p:i,{values:c,set:m}=o,d=u.errors;async function f($){$.preventDefault();let w={name:c.name,description:c.description,startsAt:K(c.startsAt),capacity:oe(c.capacity),minTier:c.minTier||null,guestPassesPerMember:oe(c.guestPassesPerMember),cost:q(c.cost),isActive:c.isActive};(e?await p.run({id:e.id,input:w,invite:c.invite}):await i.run({channel:s.channel,input:w,invite:c.invite}))&&r()}return l`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${v} label=${a("events.name")} name="name" errors=${d}><${g} name="name" value=${c.name} set=${m} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${d}><${g} name="description" value=${c.description} set=${m} /><//>
      <${v} label=${a("events.startsAt")} name="startsAt" errors=${d}><${g} name="startsAt" type="datetime-local" value=${c.startsAt} set=${m} /><//>
      <${v} label=${a("events.capacity")} name="capacity" errors=${d}><${g} name="capacity" type="number" value=${c.capacity} set=${m} /><//>
      <${v} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${J} name="minTier" value=${c.minTier} set=${m} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${v} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${g} name="guestPassesPerMember" type="number" value=${c.guestPassesPerMember} set=${m} /><//>
      <${v} label=${a("events.cost")} name="cost" errors=${d}><${g} name="cost" type="number" step="any" value=${c.cost} set=${m} /><//>
    </div>
    <${pe} name="isActive" value=${c.isActive} set=${m} text=${a("active")} />
    <${pe} name="invite" value=${c.invite} set=${m} text=${a("events.invite")} />
    <${M} errors=${d} fields=${Lo} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&l`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function qn(){let e=S(),{data:t,error:r,loading:n,reload:s}=O(No,{channel:e.channel}),[o,i]=y(null),[p,u]=y(null),c=m=>()=>{i(null),u(m),s()};return n&&!t?l`<h1>${a("nav.events")}</h1><${L} />`:r?l`<h1>${a("nav.events")}</h1><${N} error=${r} />`:l`<h1>${a("nav.events")}</h1>
    ${p&&l`<p class="notice" role="status">${p}</p>`}
    <${D} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?l`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(m=>l`<tr data-id=${m.id}>
              <td>${m.name}${m.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${F} value=${m.startsAt} /></td>
              <td class="num">${k(m.seatsLeft)} / ${k(m.capacity)}</td>
              <td>${m.minTier?m.minTier.name:a("events.everyone")}</td>
              <td class="num">${m.invitedMembers===null?"—":k(m.invitedMembers)}</td>
              <td class="num">${k(m.passesRedeemed)}</td>
              <td>${m.cost?x(m.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>i(o===m.id?null:m.id)}>${a("edit")}</button></td>
            </tr>
            ${o===m.id&&l`<tr class="expanded"><td colspan="8"><${Gn} event=${m} tiers=${t.referralTiers} onDone=${c(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${I} text=${a("events.none")} />`}
    <//>
    <${D} title=${a("events.new")} id="new-event">
      <${Gn} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${c(a("events.created"))} />
    <//>`}var Uo=`query Customer($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name } nextTier { tier { name } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${ye} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ht} } }
  }
}`,Mo=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${ye} } } }
}`;function Kn(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function Ho({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?l`<table class="table referrals-table"><${$t} /><tbody>
    ${e.edges.map(({node:s})=>l`<${ft} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${we} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&l`<${be} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:l`<${I} />`}function _t({title:e,value:t}){return l`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function jn({query:e}){let t=S(),r=Kn(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:i}=O(Uo,{channel:t.channel,id:r||""},[r]);if(!r)return l`<h1>${a("customer.title")}</h1><${I} text=${a("customer.missing")} />`;if(o&&!n)return l`<h1>${a("customer.title")}</h1><${L} />`;if(s)return l`<h1>${a("customer.title")}</h1><${N} error=${s} />`;let p=n.referralCustomer;return p?l`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${_t} title=${a("customer.code")} value=${p.code||"—"} />
      <${_t} title=${a("col.tier")} value=${p.tier?p.tier.name:"—"} />
      <${_t} title=${a("customer.friends")} value=${k(p.stats.friends)} />
      <${_t} title=${a("customer.earned")} value=${x(p.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:p.stats.visits,orders:p.stats.orders,pending:p.stats.pending,rewarded:p.stats.rewarded})}
      ${p.nextTier&&l` · ${a("customer.nextTier",{tier:p.nextTier.tier.name,count:p.nextTier.referralsNeeded})}`}
      ${p.tierAtRiskUntil&&l` · ${a("customer.atRisk")} <${F} value=${p.tierAtRiskUntil} />`}
      ${p.memberDiscountCode&&l` · ${a("customer.memberCode")} <code>${p.memberDiscountCode}</code>`}
    </p>
    ${p.badges.length>0&&l`<p class="badges">${p.badges.map(u=>l`<span class="badge">${u.name}</span>`)}</p>`}
    <${D} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${Ho} connection=${n.referrals} onChanged=${i} />
    <//>
    <${D} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${tr} connection=${n.referralRewards} onChanged=${i} />
    <//>`:l`<h1>${a("customer.title")}</h1><${I} text=${a("customer.none")} />`}function Jn({query:e}){let t=S(),r=Kn(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:i}=O(Mo,{channel:t.channel,order:r||""},[r]);if(!r)return l`<h1>${a("order.title")}</h1><${I} text=${a("order.missing")} />`;if(o&&!n)return l`<h1>${a("order.title")}</h1><${L} />`;if(s)return l`<h1>${a("order.title")}</h1><${N} error=${s} />`;let p=n.referrals.edges[0]&&n.referrals.edges[0].node;return p?l`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${p.id}>
      <p><${Y} value=${p.status} /> ${p.statusReason}</p>
      <p>${a("col.advocate")}: <b>${p.advocateEmail}</b> (${p.code}) · ${a("col.friend")}: <b>${p.friendEmail||p.friendName}</b></p>
      <${we} referral=${p} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(p.status)&&l`<${be} referral=${p} onDone=${i} />`}
    </div>`:l`<h1>${a("order.title")}</h1><${I} text=${a("order.none")} />`}var Wo=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],zn=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,Vo=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${zn} }
  referralCampaigns(channel: $channel) { id name }
}`,Bo=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${zn} } ${T}
  }
}`,Go=new Set(["PENDING","RUNNING"]);function qo({campaigns:e,onDone:t}){let r=S(),n=B({kind:"REFERRALS",from:"",to:"",campaign:""}),s=P(Bo,"referralExport"),{values:o,set:i}=n;async function p(u){u.preventDefault();let c=o.from||o.to?{gte:K(o.from),lte:K(o.to)}:null,m=await s.run({channel:r.channel,kind:o.kind,period:c,campaign:o.campaign||null});m&&t(m.exportFile)}return l`<form class="inline-form" name="export" onSubmit=${p} noValidate>
    <${v} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${J} name="kind" value=${o.kind} set=${i} options=${Wo.map(u=>[u,C("export",u)])} />
    <//>
    <${v} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${g} name="from" type="datetime-local" value=${o.from} set=${i} />
    <//>
    <${v} label=${a("filter.to")} name="to">
      <${g} name="to" type="datetime-local" value=${o.to} set=${i} />
    <//>
    <${v} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${J} name="campaign" value=${o.campaign} set=${i}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${M} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function Ko({file:e}){return e.status==="SUCCESS"?l`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?l`<span class="muted">${a("exports.counting")}</span>`:l`<span><progress max="1" value=${e.progress}></progress> ${Te(e.progress)}
    <small class="muted">${k(e.rowsDone)} / ${k(e.rowsTotal??0)}</small></span>`}function Qn(){let e=S(),{data:t,error:r,loading:n,reload:s}=O(Vo,{channel:e.channel}),[o,i]=y(null),p=!!t&&t.referralExportFiles.some(u=>Go.has(u.status));return j(()=>{if(!p)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[p,t]),n&&!t?l`<h1>${a("nav.exports")}</h1><${L} />`:r?l`<h1>${a("nav.exports")}</h1><${N} error=${r} />`:l`<h1>${a("nav.exports")}</h1>
    ${o&&l`<p class="notice" role="status">${o}</p>`}
    <${D} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${qo} campaigns=${t.referralCampaigns} onDone=${()=>{i(a("exports.requested")),s()}} />
    <//>
    <${D} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?l`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>l`<tr data-id=${u.id} data-status=${u.status}>
            <td><${F} value=${u.createdAt} /></td>
            <td>${C("export",u.kind)}${u.periodStart||u.periodEnd?l`<br /><small class="muted"><${F} value=${u.periodStart} time=${!1} /> – <${F} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${Y} value=${u.status} />${u.status==="FAILED"?l`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${Ko} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?l`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:l`<${I} text=${a("exports.none")} />`}
    <//>`}var gt={overview:Cn,review:Sn,referrals:Dn,rewards:In,tiers:Nn,campaigns:Ln,contests:Wn,causes:Bn,events:qn,exports:Qn,customer:jn,order:Jn},Yn=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];function jo({gql:e,onToken:t}){let r=B({email:"",password:""}),[n,s]=y([]),[o,i]=y(!1);async function p(u){u.preventDefault(),i(!0);try{let{payload:c,errors:m}=await nt(e,dn,r.values,"tokenCreate");s(m),!m.length&&c.token&&t(c.token)}catch(c){s([{field:null,code:"INVALID",message:c.message}])}finally{i(!1)}}return l`<main class="sign-in">
    <form class="card" onSubmit=${p} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${v} label=${a("signIn.email")} name="email" errors=${n}>
        <${g} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${v} label=${a("signIn.password")} name="password" errors=${n}>
        <${g} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${M} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function Jo({onSignOut:e,framed:t}){return l`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&l`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function zo({router:e}){let[t,r]=y("");return l`<main class="sign-in">
    <form
      class="card"
      onSubmit=${n=>{n.preventDefault(),t.trim()&&location.assign(e.href("overview",{channel:t.trim()}))}}
    >
      <h1>${a("channel.title")}</h1>
      <label class="field"><span class="field-label">${a("channel.slug")}</span>
        <input name="channel" value=${t} onInput=${n=>r(n.target.value)} required />
      </label>
      <button type="submit">${a("channel.open")}</button>
    </form>
  </main>`}var Qo=new Set(["customer","order"]);function Yo({bridge:e,children:t}){let r=et(null);return j(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>mn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),l`<main class="content embedded" ref=${r}>${t}</main>`}var Xo="query Channels { channels { slug name } }";function Zo({gql:e,channel:t}){let[r,n]=y([]);if(j(()=>{e(Xo).then(o=>n(o.channels||[]),()=>n([]))},[]),r.length<2)return null;function s(o){let i=new URL(location.href);/\/plugins\/channel\/[^/]+\//.test(i.pathname)?i.pathname=i.pathname.replace(/\/plugins\/channel\/[^/]+\//,`/plugins/channel/${encodeURIComponent(o)}/`):i.searchParams.set("channel",o),location.assign(i.toString())}return l`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${o=>s(o.target.value)}>
      ${r.map(o=>l`<option value=${o.slug} selected=${o.slug===t}>${o.name}</option>`)}
    </select>
  </label>`}function Xn({config:e}){let t=ae(ln,[]),r=new URLSearchParams(location.search),n=ae(()=>wn(e.base),[]),[s]=y(e.channel||r.get("channel")||""),[o,i]=y(()=>dt(r.get("lang"),t&&r.get("locale"),e.language)),[p,u]=y(()=>t?null:un()),[c,m]=y(e.graphqlUrl),[d,f]=y(r.get("theme")||"light"),[$,w]=y("app"),h=et(null);$n(o),j(()=>{document.documentElement.dataset.theme=d},[d]),j(()=>{t&&(h.current=cn(A=>{A.token&&u(A.token),A.saleorApiUrl&&m(A.saleorApiUrl),A.theme&&f(A.theme),A.locale&&!r.get("lang")&&i(dt(A.locale,o))}))},[]);let E=ae(()=>kr(c,()=>p),[c,p]),_=n.useRoute();function b(){Yt(null),u(null),w("app")}let U={gql:E,channel:s,router:n,navigate:n.navigate,framed:t,onApiError(A){A.kind==="permission"?w("no-permission"):A.kind==="auth"&&!t&&b()}};if(!p)return t?l`<p class="muted loading">${a("dashboard.waiting")}</p>`:l`<${jo}
      gql=${E}
      onToken=${A=>{Yt(A),u(A)}}
    />`;if($==="no-permission")return l`<${Jo} onSignOut=${b} framed=${t} />`;if(!s)return l`<${zo} router=${n} />`;let G=gt[_.page]||gt.overview,Q=gt[_.page]?_.page:"overview";return t&&Qo.has(Q)?l`<${mt.Provider} value=${U}>
      <${Yo} bridge=${h} key=${`${Q}-${o}`}><${G} query=${_.query} /><//>
    <//>`:l`<${mt.Provider} value=${U}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small>${s}</small></div>
        <ul>
          ${Yn.map(A=>l`<li>
              <a
                href=${n.href(A)}
                class=${A===Q?"active":""}
                aria-current=${A===Q?"page":void 0}
                data-page=${A}
                onClick=${de=>{de.ctrlKey||de.metaKey||(de.preventDefault(),n.navigate(A))}}
              >${a(`nav.${A}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${Zo} gql=${E} channel=${s} />
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${hn()}
              onChange=${A=>i(A.target.value)}
            >
              ${Zt.map(A=>l`<option value=${A} selected=${A===o}>${a(`language.${A}`)}</option>`)}
            </select>
          </label>
          ${!t&&l`<button type="button" class="link" onClick=${b}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${Q} key=${`${Q}-${o}`}>
        <${G} query=${_.query} />
      </main>
    </div>
  <//>`}var ei=JSON.parse(document.getElementById("referrals-console-config").textContent);kt(l`<${Xn} config=${ei} />`,document.getElementById("referrals-console"));
